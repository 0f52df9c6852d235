package dev.curveball.generator;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.persona.NoiseOperators;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.SlotFiller;
import dev.curveball.core.world.HiddenFact;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renders every template of a persona for a task it fits, the way the generator and the scripted
 * simulator fill them (task slots, goal, hidden facts; {@code value} in reveal lines) and roughened
 * by the persona's noise. The same persona, world and seed give the same sample.
 *
 * <pre>{@code PersonaSample sample = PersonaSampler.sample(PersonaLibrary.bundled().get("withholder"), acme, 1L);}</pre>
 */
public final class PersonaSampler {
    private static final String REVEAL = "reveal";

    private PersonaSampler() {
    }

    /**
     * For a task of {@code world} the persona fits, chosen by {@code seed} and the persona's id, so
     * one seed shows different personas on different tasks.
     */
    public static PersonaSample sample(Persona persona, World world, long seed) {
        List<TaskSeed> fitting = PersonaFit.tasksFor(persona, world);
        if (fitting.isEmpty()) {
            throw CurveballException.invalidInput(PersonaFit.unfitting(persona, world));
        }
        Random random = new Random(31 * seed + persona.id().hashCode());
        return render(persona, world, fitting.get(random.nextInt(fitting.size())), seed, random);
    }

    /** For the given task, which must fill every slot the persona uses. */
    public static PersonaSample sample(Persona persona, World world, TaskSeed task, long seed) {
        if (!PersonaFit.fits(persona, task)) {
            List<String> missing = new ArrayList<>(PersonaFit.slots(persona));
            missing.removeAll(TemplateSlots.available(task));
            throw CurveballException.invalidInput("persona '" + persona.id() + "' does not fit task '" + task.id()
                    + "': the task does not fill slot(s) " + String.join(", ", missing));
        }
        return render(persona, world, task, seed, new Random(seed));
    }

    private static PersonaSample render(Persona persona, World world, TaskSeed task, long seed, Random random) {
        Map<String, String> known = SlotFiller.known(task.task());
        List<PersonaSample.Lines> lines = new ArrayList<>();
        Map<String, List<String>> byKind = persona.utterances().byKind();
        for (Map.Entry<String, List<String>> kind : byKind.entrySet()) {
            boolean defaulted = kind.getKey().equals("frustrated") && kind.getValue().equals(byKind.get("pushback"));
            if (kind.getValue().isEmpty() || defaulted || kind.getKey().equals(REVEAL) && task.hidden().isEmpty()) {
                continue;
            }
            lines.add(kind.getKey().equals(REVEAL)
                    ? reveals(persona, task, known, random)
                    : new PersonaSample.Lines(kind.getKey(), null,
                            kind.getValue().stream().map(t -> fill(persona, t, known, random)).toList()));
        }
        Map<String, String> slots = new TreeMap<>();
        PersonaFit.slots(persona).forEach(slot -> slots.put(slot, known.get(slot)));
        return new PersonaSample(persona.id(), world.name(), task.id(), seed, slots, lines);
    }

    /** Each reveal variant answers the next hidden fact in turn, so a task with two facts shows both. */
    private static PersonaSample.Lines reveals(Persona persona, TaskSeed task, Map<String, String> known, Random random) {
        List<String> rendered = new ArrayList<>();
        List<String> templates = persona.utterances().reveal();
        for (int i = 0; i < templates.size(); i++) {
            Map<String, String> values = new HashMap<>(known);
            values.put(TemplateSlots.REVEALED_VALUE, task.hidden().get(i % task.hidden().size()).value());
            rendered.add(fill(persona, templates.get(i), values, random));
        }
        String facts = task.hidden().stream().map(HiddenFact::key).collect(Collectors.joining(", "));
        return new PersonaSample.Lines(REVEAL, "asked for " + facts, rendered);
    }

    private static String fill(Persona persona, String template, Map<String, String> values, Random random) {
        return NoiseOperators.apply(SlotFiller.fill(template, values), persona.noise(), random);
    }
}
