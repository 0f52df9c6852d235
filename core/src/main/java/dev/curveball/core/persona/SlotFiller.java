package dev.curveball.core.persona;

import dev.curveball.core.scenario.Task;
import dev.curveball.core.world.HiddenFact;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;

/**
 * Fills {@code ${slot}}s in utterance templates and prompts, strictly: a slot with no value is an
 * error (a pairing or packaging bug, never "${item}" sent to an agent), and a {@code ${} inside a
 * value is the user's text, not another template.
 *
 * <pre>{@code SlotFiller.fill("I'd like ${request}.", SlotFiller.known(task))}</pre>
 */
public final class SlotFiller {
    private SlotFiller() {
    }

    /** @throws IllegalArgumentException naming the slot {@code values} has no value for */
    public static String fill(String template, Map<String, String> values) {
        StringSubstitutor substitutor = new StringSubstitutor(values);
        substitutor.setEnableUndefinedVariableException(true);
        substitutor.setDisableSubstitutionInValues(true);
        return substitutor.replace(template);
    }

    /** What the simulated user knows of a task: its slots, its goal and its hidden facts. A lookup map, never iterated. */
    public static Map<String, String> known(Task task) {
        Map<String, String> values = new HashMap<>(task.slots());
        values.put("goal", task.goal());
        for (HiddenFact fact : task.hidden()) {
            values.put(fact.key(), fact.value());
        }
        return Map.copyOf(values);
    }
}
