package dev.curveball.generator;

import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.PersonaFile;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which tasks of a world a persona can play: those that fill every {@code ${slot}} its templates
 * use. The generator pairs a persona only with these; a persona no task fits never appears.
 *
 * <pre>{@code PersonaFit.tasksFor(PersonaLibrary.bundled().get("policy-lawyer"), acme)  // the refund tasks}</pre>
 */
public final class PersonaFit {
    private PersonaFit() {
    }

    /** The world's tasks that fill every slot the persona uses, in the world's order. */
    public static List<TaskSeed> tasksFor(Persona persona, World world) {
        return world.tasks().stream().filter(task -> fits(persona, task)).toList();
    }

    public static boolean fits(Persona persona, TaskSeed task) {
        return TemplateSlots.fits(persona, task);
    }

    /** The slots the persona's templates use, {@code value} (a revealed fact) aside. */
    public static SortedSet<String> slots(Persona persona) {
        return TemplateSlots.required(persona);
    }

    /**
     * When no task of {@code world} fits the persona, one line pointing at the first template that
     * uses a slot no task fills (or at the persona's id when each slot is filled somewhere, only
     * never all on one task).
     */
    public static Optional<String> problem(PersonaFile file, World world) {
        Persona persona = file.persona();
        if (!tasksFor(persona, world).isEmpty()) {
            return Optional.empty();
        }
        SortedSet<String> unfilled = unfilled(persona, world);
        String where = unfilled.isEmpty() ? file.where("id") : file.where(firstTemplateUsing(persona, unfilled.first()));
        return Optional.of(where + ": " + unfitting(persona, world));
    }

    /** Why no task of {@code world} fits the persona, for a persona none fits: the slots no task fills, when there are such. */
    static String unfitting(Persona persona, World world) {
        SortedSet<String> unfilled = unfilled(persona, world);
        String what = unfilled.isEmpty()
                ? "no task of world '" + world.name() + "' fills all the slots its templates use (" + String.join(", ", slots(persona)) + ")"
                : "its templates use slot(s) " + String.join(", ", unfilled) + ", which no task of world '" + world.name() + "' fills";
        return "persona '" + persona.id() + "': " + what + "; fix the templates or add the slot to the world's tasks";
    }

    private static SortedSet<String> unfilled(Persona persona, World world) {
        SortedSet<String> unfilled = new TreeSet<>(slots(persona));
        world.tasks().forEach(task -> unfilled.removeAll(TemplateSlots.available(task)));
        return unfilled;
    }

    /** The field path ({@code utterances.mislead[2]}) of the first template using {@code slot}. */
    private static String firstTemplateUsing(Persona persona, String slot) {
        for (Map.Entry<String, List<String>> kind : persona.utterances().byKind().entrySet()) {
            List<String> templates = kind.getValue();
            for (int i = 0; i < templates.size(); i++) {
                if (templates.get(i).contains("${" + slot + "}")) {
                    return "utterances." + kind.getKey() + "[" + i + "]";
                }
            }
        }
        return "utterances";
    }
}
