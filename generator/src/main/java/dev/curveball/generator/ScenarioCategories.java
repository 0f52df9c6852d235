package dev.curveball.generator;

import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import dev.curveball.core.persona.Noise;
import dev.curveball.core.world.FaultSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The category tags a scenario exercises and their Launch Gate dimensions, in vocabulary order:
 * the persona's, the task's, the fault profile's and its fault kinds', plus what the task's memory
 * and the persona's noise add.
 */
final class ScenarioCategories {
    /** From this level on, noise is part of what the scenario tests, not just flavour. */
    static final double NOISY_LEVEL = 0.3;

    private ScenarioCategories() {
    }

    static List<Category> tags(Candidate candidate) {
        Set<Category> tags = EnumSet.noneOf(Category.class);
        tags.addAll(candidate.persona().tags());
        tags.addAll(candidate.task().tags());
        tags.addAll(candidate.profile().tags());
        for (FaultSpec fault : candidate.profile().faults()) {
            tags.addAll(fault.kind().categories());
        }
        if (!candidate.task().memory().isEmpty()) {
            tags.add(Category.STALE_MEMORY);
        }
        if (noisy(candidate.persona().noise())) {
            tags.add(Category.NOISY_LANGUAGE);
        }
        return List.copyOf(tags);
    }

    static List<Dimension> dimensions(List<Category> tags) {
        Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
        tags.forEach(tag -> dimensions.add(tag.dimension()));
        return List.copyOf(dimensions);
    }

    private static boolean noisy(Noise noise) {
        return loudest(noise) >= NOISY_LEVEL;
    }

    /** The highest of a persona's noise levels. */
    static double loudest(Noise noise) {
        return Math.max(Math.max(noise.typos(), noise.abbreviations()), Math.max(Math.max(noise.caps(), noise.slang()), noise.punctuation()));
    }
}
