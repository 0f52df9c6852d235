package dev.curveball.generator;

import dev.curveball.core.persona.NoiseOperators;
import dev.curveball.generator.dedup.Shingles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Offline: one of the persona's opening templates, slots filled from the task, roughened by its
 * noise. Asked to avoid earlier openings, it takes the template variant least like them (ties in
 * a seeded shuffle order) and draws fresh noise.
 */
public final class TemplateOpeningWriter implements OpeningWriter {
    @Override
    public String id() {
        return "template";
    }

    @Override
    public WrittenOpening write(ScenarioDraft draft, Random random, List<String> avoid) {
        if (avoid.isEmpty()) {
            return new WrittenOpening(OpeningRenderer.render(draft.persona(), draft.task(), random), null);
        }
        List<String> variants = new ArrayList<>(draft.persona().utterances().opening().stream()
                .map(template -> OpeningRenderer.fill(template, draft.task())).toList());
        Collections.shuffle(variants, random);
        List<Shingles> earlier = avoid.stream().map(Shingles::of).toList();
        String least = variants.get(0);
        double lowest = Double.MAX_VALUE;
        for (String variant : variants) {
            double closest = closest(Shingles.of(variant), earlier);
            if (closest < lowest) {
                least = variant;
                lowest = closest;
            }
        }
        return new WrittenOpening(NoiseOperators.apply(least, draft.persona().noise(), random), null);
    }

    private static double closest(Shingles variant, List<Shingles> earlier) {
        return earlier.stream().mapToDouble(variant::jaccard).max().orElse(0);
    }
}
