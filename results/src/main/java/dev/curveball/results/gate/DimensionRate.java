package dev.curveball.results.gate;

import dev.curveball.core.category.Dimension;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.stats.Interval;
import dev.curveball.results.stats.Wilson;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A dimension's pass rate as the Launch Gate counts it (PASS and FAIL conversations touching it,
 * leaving out the failures the simulated user caused), with its 95% Wilson interval.
 */
public record DimensionRate(Dimension dimension, int touching, int judged, int passed, Optional<Interval> interval) {

    public static List<DimensionRate> of(List<Verdict> verdicts) {
        return Arrays.stream(Dimension.values()).map(d -> of(d, verdicts)).toList();
    }

    static DimensionRate of(Dimension dimension, List<Verdict> verdicts) {
        List<Verdict> touching = verdicts.stream().filter(v -> v.dimensions().contains(dimension)).toList();
        List<Verdict> judged = touching.stream()
                .filter(v -> (v.outcome() == Outcome.PASS || v.outcome() == Outcome.FAIL) && !v.simulatorCaused()).toList();
        int passed = (int) judged.stream().filter(v -> v.outcome() == Outcome.PASS).count();
        return new DimensionRate(dimension, touching.size(), judged.size(), passed, Wilson.interval(passed, judged.size()));
    }

    /** The interval's width, 1 when nothing was judged. */
    public double width() {
        return interval.map(i -> i.high() - i.low()).orElse(1.0);
    }
}
