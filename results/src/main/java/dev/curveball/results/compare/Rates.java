package dev.curveball.results.compare;

import dev.curveball.results.stats.Interval;
import java.util.Locale;
import java.util.Optional;

/** A rate as Curveball prints it everywhere: {@code 85.0% (95% CI 64.0–94.8%)}, or {@code n/a}. */
public final class Rates {
    private Rates() {
    }

    public static String text(Optional<Double> rate, Optional<Interval> interval) {
        return rate.map(r -> String.format(Locale.ROOT, "%.1f%%", r * 100) + interval.map(i -> " (95% CI " + i.percent() + ")").orElse(""))
                .orElse("n/a");
    }
}
