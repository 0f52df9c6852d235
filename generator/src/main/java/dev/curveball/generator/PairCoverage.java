package dev.curveball.generator;

import java.util.List;

/**
 * Which {@link CoveragePair pairs} a suite brings together: for every pair this world's elements
 * could form (the personas' tactics x the tasks' traps, the traps x the fault kinds of the world's
 * fault profiles), how many scenarios bring it together and whether any scenario of this world can;
 * the pairs none can, each with the reason; how many scenarios it takes to cover every reachable pair.
 *
 * <pre>{@code PairCoverage p = generator.generate(GenerationOptions.of(60, 11L)).coverage().pairs();
 * p.missed(); // []
 * p.unreachable(); // [restricted-data x timeout: the tasks with trap restricted-data (...) list ..., ...]}</pre>
 *
 * @param coveredBy how many scenarios cover every reachable pair (0 when the world has none)
 */
public record PairCoverage(int coveredBy, List<PairCount> pairs, List<Unreachable> unreachable) {

    public PairCoverage {
        pairs = List.copyOf(pairs);
        unreachable = List.copyOf(unreachable);
    }

    public record PairCount(CoveragePair pair, int scenarios, boolean reachable) {
    }

    /** A pair no scenario of this world and these personas can bring together, and why. */
    public record Unreachable(CoveragePair pair, String reason) {
    }

    public List<CoveragePair> reachable() {
        return pairs.stream().filter(PairCount::reachable).map(PairCount::pair).toList();
    }

    public List<CoveragePair> reachable(CoveragePair.Kind kind) {
        return reachable().stream().filter(p -> p.kind() == kind).toList();
    }

    /** Reachable pairs no scenario brings together (the suite is shorter than {@link #coveredBy()}). */
    public List<CoveragePair> missed() {
        return pairs.stream().filter(p -> p.reachable() && p.scenarios() == 0).map(PairCount::pair).toList();
    }

    public List<PairCount> of(CoveragePair.Kind kind) {
        return pairs.stream().filter(p -> p.pair().kind() == kind).toList();
    }
}
