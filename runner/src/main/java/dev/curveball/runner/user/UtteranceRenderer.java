package dev.curveball.runner.user;

import dev.curveball.core.persona.Noise;
import dev.curveball.core.persona.NoiseOperators;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.SlotFiller;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.world.HiddenFact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern SLOT = Pattern.compile("\\$\\{([^}]+)}");
    private final String personaId;
    private final String taskId;
    private final Noise noise;
    private final Random random;
    private final Map<String, String> known;
    private final Map<String, String> overrides = new HashMap<>();

    UtteranceRenderer(Persona persona, Task task, Random random) {
        this.personaId = persona.id();
        this.taskId = task.id();
        this.noise = persona.noise();
        this.random = random;
        this.known = SlotFiller.known(task);
    }

    /** From now on {@code slot} reads {@code value}: after a mind change, {@code ${request}} is what the user wants instead. */
    void override(String slot, String value) {
        overrides.put(slot, value);
    }

    /**
     * The templates of {@code line} the user can say now: every slot filled, and a hidden fact's
     * slot only once the user has revealed it; those naming a revealed fact first, since a customer
     * correcting the agent gives the reference it already has. Empty when none can be said.
     */
    Optional<Line> sayable(Line line, List<HiddenFact> hidden, Collection<String> revealed) {
        List<String> said = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String template : line.templates()) {
            Set<String> slots = slots(template);
            boolean unsaid = hidden.stream().anyMatch(f -> slots.contains(f.key()) && !revealed.contains(f.key()));
            if (unsaid || !slots.stream().allMatch(known::containsKey)) {
                continue;
            }
            (hidden.stream().anyMatch(f -> slots.contains(f.key())) ? said : plain).add(template);
        }
        List<String> usable = said.isEmpty() ? plain : said;
        return usable.isEmpty() ? Optional.empty() : Optional.of(new Line(line.name(), usable, line.tactic()));
    }

    String render(Line line) {
        return render(line, Map.of());
    }

    /** {@code extra} adds per-line values, such as {@code value} for a reveal. */
    String render(Line line, Map<String, String> extra) {
        String template = line.templates().get(random.nextInt(line.templates().size()));
        Map<String, String> values = new HashMap<>(known);
        values.putAll(overrides);
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

    private static Set<String> slots(String template) {
        Set<String> slots = new HashSet<>();
        Matcher m = SLOT.matcher(template);
        while (m.find()) {
            slots.add(m.group(1));
        }
        return slots;
    }

    private String missingSlot(Line line, String template, String slot, Map<String, String> values) {
        return "persona '" + personaId + "' line '" + line.name() + "' template \"" + template
                + "\" uses slot '" + slot + "', which task '" + taskId + "' does not fill (it fills: "
                + String.join(", ", new TreeSet<>(values.keySet()))
                + "); pair the persona with a task that fills it, or fix the template";
    }
}
