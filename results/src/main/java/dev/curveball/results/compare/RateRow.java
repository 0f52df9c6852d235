package dev.curveball.results.compare;

import dev.curveball.results.stats.Interval;
import dev.curveball.results.stats.Wilson;
import java.util.Optional;

/**
 * One category tag's pass rate in A and in B over the conversations judged in both runs, each
 * with its Wilson interval.
 */
public record RateRow(String name, int judged, int passedA, int passedB) {

    public Optional<Double> rateA() {
        return judged == 0 ? Optional.empty() : Optional.of(passedA / (double) judged);
    }

    public Optional<Double> rateB() {
        return judged == 0 ? Optional.empty() : Optional.of(passedB / (double) judged);
    }

    public Optional<Interval> intervalA() {
        return Wilson.interval(passedA, judged);
    }

    public Optional<Interval> intervalB() {
        return Wilson.interval(passedB, judged);
    }

    public boolean changed() {
        return passedA != passedB;
    }
}
