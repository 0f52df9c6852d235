package dev.curveball.generator;

import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.Utterances;
import dev.curveball.core.world.TaskSeed;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which {@code ${slot}} names a persona's templates use and which a task gives, so the generator
 * never pairs a persona with a task that would leave a hole in what the simulated user says.
 */
final class TemplateSlots {
    /** Filled by the simulator from the hidden fact being revealed, not by the task's slots. */
    static final String REVEALED_VALUE = "value";
    static final String GOAL = "goal";
    private static final Pattern SLOT = Pattern.compile("\\$\\{([^}]+)}");

    private TemplateSlots() {
    }

    /** Every slot any of the persona's utterance templates uses, except {@code value}. */
    static SortedSet<String> required(Persona persona) {
        SortedSet<String> names = new TreeSet<>();
        templates(persona.utterances()).forEach(template -> {
            Matcher m = SLOT.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
        });
        names.remove(REVEALED_VALUE);
        return names;
    }

    /** The slots a task fills: its own, its goal, and its hidden facts (the simulator knows them too). */
    static SortedSet<String> available(TaskSeed task) {
        SortedSet<String> names = new TreeSet<>(task.slots().keySet());
        names.add(GOAL);
        task.hidden().forEach(fact -> names.add(fact.key()));
        return names;
    }

    static boolean fits(Persona persona, TaskSeed task) {
        return available(task).containsAll(required(persona));
    }

    /** The slots the persona's templates use that the task does not give, sorted. */
    static SortedSet<String> missing(Persona persona, TaskSeed task) {
        SortedSet<String> names = required(persona);
        names.removeAll(available(task));
        return names;
    }

    private static Stream<String> templates(Utterances u) {
        return u.byKind().values().stream().flatMap(List::stream);
    }
}
