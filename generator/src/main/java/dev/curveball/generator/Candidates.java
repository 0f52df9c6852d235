package dev.curveball.generator;

import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.world.FaultProfile;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every combination a world and its personas allow: persona × task × fault profile (the task's
 * {@code faults}; {@code none} = no faults), minus personas whose templates use a slot the task
 * does not give. Checks first that the inputs can make scenarios at all, and says what to fix.
 */
final class Candidates {
    static final FaultProfile NO_FAULTS = new FaultProfile("none", "No injected faults.", List.of(), List.of());

    private Candidates() {
    }

    /** In world task order, then the task's fault order, then persona order (sorted by id). */
    static List<Candidate> of(World world, List<Persona> personas) {
        requireUsable(world, personas);
        Map<String, FaultProfile> profiles = profiles(world);
        List<Candidate> all = new ArrayList<>();
        for (TaskSeed task : world.tasks()) {
            for (String profile : task.faults().stream().distinct().toList()) {
                personas.stream().filter(p -> TemplateSlots.fits(p, task))
                        .forEach(p -> all.add(new Candidate(p, task, profiles.get(profile))));
            }
        }
        if (all.isEmpty()) {
            throw CurveballException.invalidInput("world '" + world.name() + "': no persona fits any task; each persona's templates use "
                    + "slots the tasks do not give (task slots and personas' ${...} names must match)");
        }
        return List.copyOf(all);
    }

    /** Looked up by id only; never iterated, so its order cannot reach the output. */
    private static Map<String, FaultProfile> profiles(World world) {
        Map<String, FaultProfile> profiles = new HashMap<>();
        profiles.put(NO_FAULTS.id(), NO_FAULTS);
        world.faultProfiles().forEach(p -> profiles.put(p.id(), p));
        for (TaskSeed task : world.tasks()) {
            for (String profile : task.faults()) {
                if (!profiles.containsKey(profile)) {
                    throw CurveballException.invalidInput("world '" + world.name() + "', task '" + task.id() + "': "
                            + Vocabulary.unknown("fault profile", profile, world.faultProfiles().stream().map(FaultProfile::id).toList()));
                }
            }
        }
        return profiles;
    }

    private static void requireUsable(World world, List<Persona> personas) {
        if (personas.isEmpty()) {
            throw CurveballException.invalidInput("no personas to generate scenarios from; give at least one persona");
        }
        if (world.tasks().isEmpty()) {
            throw CurveballException.invalidInput("world '" + world.name() + "' has no tasks; add task seeds to its tasks.yaml");
        }
        for (int i = 1; i < personas.size(); i++) {
            if (personas.get(i).id().equals(personas.get(i - 1).id())) {
                throw CurveballException.invalidInput("persona id '" + personas.get(i).id() + "' is given twice; persona ids must be unique");
            }
        }
        personas.forEach(p -> requireSomeTaskFits(world, p));
    }

    /** A persona no task can fill would silently vanish from every suite: say which slots it lacks. */
    private static void requireSomeTaskFits(World world, Persona persona) {
        if (world.tasks().stream().anyMatch(task -> TemplateSlots.fits(persona, task))) {
            return;
        }
        Set<String> missing = new TreeSet<>(TemplateSlots.required(persona));
        world.tasks().forEach(task -> missing.retainAll(TemplateSlots.missing(persona, task)));
        String slots = missing.isEmpty() ? "different slots on different tasks" : "slot(s) " + String.join(", ", missing);
        throw CurveballException.invalidInput("persona '" + persona.id() + "': its templates use " + slots
                + ", which no task of world '" + world.name() + "' fills; fix the templates or add the slot to the tasks");
    }
}
