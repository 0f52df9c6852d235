package dev.curveball.runner.user;

import dev.curveball.core.persona.Noise;
import dev.curveball.core.persona.NoiseOperators;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.SlotFiller;
import dev.curveball.core.scenario.Task;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.apache.commons.text.StringSubstitutor;

/**
 * Turns a {@link Line} into what the user types: picks a variant by seed, fills its slots from the
 * task (slots, {@code goal}, every hidden fact the user knows) and roughens it with the persona's
 * noise. A slot the task does not fill fails fast rather than leaking a raw {@code ${x}} to the agent.
 *
 * <pre>{@code renderer.render(new Line("reveal", utterances.reveal()), Map.of("value", "A-5001"))
 * // "It's A-5001." with no noise; "its A-5001" with some}</pre>
 */
final class UtteranceRenderer {
    private final String personaId;
    private final String taskId;
    private final Noise noise;
    private final Random random;
    private final Map<String, String> known;

    UtteranceRenderer(Persona persona, Task task, Random random) {
        this.personaId = persona.id();
        this.taskId = task.id();
        this.noise = persona.noise();
        this.random = random;
        this.known = SlotFiller.known(task);
    }

    String render(Line line) {
        return render(line, Map.of());
    }

    /** {@code extra} adds per-line values, such as {@code value} for a reveal. */
    String render(Line line, Map<String, String> extra) {
        String template = line.templates().get(random.nextInt(line.templates().size()));
        Map<String, String> values = new HashMap<>(known);
        values.putAll(extra);
        return NoiseOperators.apply(fill(line, template, values), noise, random);
    }

    private String fill(Line line, String template, Map<String, String> values) {
        String[] lastMissing = new String[1];
        StringSubstitutor substitutor = new StringSubstitutor(key -> {
            String value = values.get(key);
            if (value == null) {
                lastMissing[0] = key;
            }
            return value;
        });
        substitutor.setEnableUndefinedVariableException(true);
        substitutor.setDisableSubstitutionInValues(true);
        try {
            return substitutor.replace(template);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(missingSlot(line, template, lastMissing[0], values), e);
        }
    }

    private String missingSlot(Line line, String template, String slot, Map<String, String> values) {
        return "persona '" + personaId + "' line '" + line.name() + "' template \"" + template
                + "\" uses slot '" + slot + "', which task '" + taskId + "' does not fill (it fills: "
                + String.join(", ", new TreeSet<>(values.keySet()))
                + "); pair the persona with a task that fills it, or fix the template";
    }
}
