package dev.curveball.results.compare;

import dev.curveball.results.stats.Interval;
import dev.curveball.results.stats.Wilson;
import java.util.Optional;

/** One check: in how many of the {@code judged} conversations judged in both runs it failed in A and in B. */
public record CheckRow(String check, int judged, int failedA, int failedB) {

    public Optional<Interval> failureIntervalA() {
        return Wilson.interval(failedA, judged);
    }

    public Optional<Interval> failureIntervalB() {
        return Wilson.interval(failedB, judged);
    }

    public boolean changed() {
        return failedA != failedB;
    }
}
