package dev.curveball.judge.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Krippendorff's alpha with the interval metric: how far several judges (samples or models) agree
 * on scores, 1 perfect, 0 no better than chance, below 0 systematic disagreement. A unit is one
 * criterion of one conversation and holds the scores every judge gave it; a unit with fewer than
 * two scores tells nothing of agreement and is left out.
 *
 * <pre>{@code Agreement.alpha(List.of(List.of(4, 4, 5), List.of(2, 2, 2)))  // Optional[0.93...]}</pre>
 */
public final class Agreement {
    private Agreement() {
    }

    /** Alpha over {@code units}; empty when fewer than two pairable scores exist, 1.0 when every score is the same. */
    public static Optional<Double> alpha(List<List<Integer>> units) {
        List<List<Integer>> pairable = units.stream().filter(u -> u.size() >= 2).toList();
        List<Integer> all = new ArrayList<>();
        pairable.forEach(all::addAll);
        int n = all.size();
        if (n < 2) {
            return Optional.empty();
        }
        double observed = 0;
        for (List<Integer> unit : pairable) {
            observed += squaredDifferences(unit) / (unit.size() - 1);
        }
        observed /= n;
        double expected = squaredDifferences(all) / ((double) n * (n - 1));
        if (expected == 0) {
            return Optional.of(1.0);
        }
        return Optional.of(1 - observed / expected);
    }

    /** The sum over ordered pairs i != j of (v_i - v_j)^2. */
    private static double squaredDifferences(List<Integer> values) {
        double sum = 0;
        for (int i = 0; i < values.size(); i++) {
            for (int j = 0; j < values.size(); j++) {
                double d = values.get(i) - values.get(j);
                sum += d * d;
            }
        }
        return sum;
    }
}
