package dev.curveball.generator;

import dev.curveball.core.persona.NoiseOperators;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.SlotFiller;
import dev.curveball.core.world.TaskSeed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a scenario's first user message: one of the persona's {@code opening} variants with the
 * task's slots filled in, then roughened by the persona's noise. All choices come from the given
 * random sequence, so a scenario's seed alone reproduces its opening.
 */
final class OpeningRenderer {
    private OpeningRenderer() {
    }

    static String render(Persona persona, TaskSeed task, Random random) {
        List<String> variants = persona.utterances().opening();
        String template = variants.get(random.nextInt(variants.size()));
        return NoiseOperators.apply(fill(template, task), persona.noise(), random);
    }

    static String fill(String template, TaskSeed task) {
        // A lookup map only: it is never iterated, so its order cannot leak into the output.
        Map<String, String> values = new HashMap<>(task.slots());
        values.put(TemplateSlots.GOAL, task.goal());
        return SlotFiller.fill(template, values);
    }
}
