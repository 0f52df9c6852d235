package dev.curveball.generator;

import dev.curveball.core.error.Require;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A persona's templates rendered for one task of a world, every variant once, with the persona's
 * noise applied: what {@code curveball personas show} prints and what a reviewer reads.
 *
 * @param slots the task's values for the slots the persona uses, sorted by name
 * @param lines the rendered lines by kind, in the persona file's order, empty kinds left out
 */
public record PersonaSample(String personaId, String world, String taskId, long seed, Map<String, String> slots, List<Lines> lines) {

    /** The rendered variants of one kind of line; {@code note} says what fills them, or is null. */
    public record Lines(String kind, String note, List<String> rendered) {
        public Lines {
            Require.text(kind, "kind");
            rendered = List.copyOf(rendered);
        }
    }

    public PersonaSample {
        Require.text(personaId, "persona_id");
        Require.text(world, "world");
        Require.text(taskId, "task_id");
        slots = Collections.unmodifiableMap(new TreeMap<>(slots));
        lines = List.copyOf(lines);
    }
}
