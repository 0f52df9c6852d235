package dev.curveball.generator;

import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import dev.curveball.core.error.Require;
import dev.curveball.core.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a generated suite exercises: for every dimension and category tag of the vocabulary, how
 * many scenarios carry it and whether this world can reach it at all; the tags it cannot reach,
 * each with the reason; how many distinct combinations (persona × task × fault profile) exist and
 * how many scenarios it takes to cover every reachable tag; and the same for the pairs a scenario
 * brings together ({@link PairCoverage}: tactic x trap, trap x fault kind).
 *
 * <pre>{@code Coverage c = generator.generate(GenerationOptions.of(40, 7L)).coverage();
 * c.unreachable(); // [reopen: no persona, task or fault profile is tagged reopen, ...]
 * c.pairs().missed(); // []}</pre>
 */
public record Coverage(int scenarios, int combinations, int reachableCoveredBy,
                       List<DimensionCount> dimensions, List<TagCount> tags, List<Unreachable> unreachable, PairCoverage pairs) {

    public Coverage {
        dimensions = List.copyOf(dimensions);
        tags = List.copyOf(tags);
        unreachable = List.copyOf(unreachable);
        Require.present(pairs, "pairs");
    }

    /** A dimension, the scenarios exercising any of its tags, and whether any of its tags is reachable. */
    public record DimensionCount(Dimension dimension, int scenarios, boolean reachable) {
    }

    public record TagCount(Category tag, int scenarios, boolean reachable) {
    }

    /** A tag no combination of this world and these personas exercises, and why. */
    public record Unreachable(Category tag, String reason) {
    }

    public List<Category> reachableTags() {
        return tags.stream().filter(TagCount::reachable).map(TagCount::tag).toList();
    }

    /** Reachable tags no scenario carries (the suite is shorter than {@link #reachableCoveredBy()}). */
    public List<Category> missedTags() {
        return tags.stream().filter(t -> t.reachable() && t.scenarios() == 0).map(TagCount::tag).toList();
    }

    /** Whether some scenario repeats a combination of an earlier one. */
    public boolean repeats() {
        return scenarios > combinations;
    }

    static Coverage tally(List<Scenario> scenarios, int combinations, CoverageOrder.Plan plan, List<Unreachable> unreachable, PairCoverage pairs) {
        int[] perTag = new int[Category.values().length];
        int[] perDimension = new int[Dimension.values().length];
        for (Scenario s : scenarios) {
            s.tags().forEach(t -> perTag[t.ordinal()]++);
            s.dimensions().forEach(d -> perDimension[d.ordinal()]++);
        }
        List<TagCount> tags = new ArrayList<>();
        for (Category tag : Category.values()) {
            tags.add(new TagCount(tag, perTag[tag.ordinal()], (plan.reachable() & (1L << tag.ordinal())) != 0));
        }
        List<DimensionCount> dimensions = Arrays.stream(Dimension.values())
                .map(d -> new DimensionCount(d, perDimension[d.ordinal()], tags.stream().anyMatch(t -> t.reachable() && t.tag().dimension() == d)))
                .toList();
        return new Coverage(scenarios.size(), combinations, plan.coveredBy(), dimensions, tags, unreachable, pairs);
    }
}
