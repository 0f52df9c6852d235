package dev.curveball.results.compare;

import java.util.Locale;

/**
 * When a scenario's move from A to B is more than its own run-to-run noise. Over the {@code n}
 * trials judged in both runs, let {@code a} and {@code b} be the shares that passed in A and B, and
 * a run's disagreement the share of its trials that went against their majority ({@code min(a, 1 - a)}).
 * The scenario regressed when {@code a - b} is larger than the two disagreements added, fixed when
 * {@code b - a} is; a move no larger is flaky, listed and not counted. With one trial nothing
 * disagrees, so every flip counts; with three, 3/3 to 2/3 is flaky and 3/3 to 1/3 a regression.
 */
final class NoiseRule {
    private static final double EPSILON = 1e-9;

    private NoiseRule() {
    }

    static ScenarioStatus status(int judged, int passedA, int passedB) {
        if (judged == 0) {
            return ScenarioStatus.NOT_JUDGED;
        }
        if (passedA == passedB) {
            return ScenarioStatus.UNCHANGED;
        }
        double move = (passedA - passedB) / (double) judged;
        double noise = disagreement(passedA, judged) + disagreement(passedB, judged);
        if (Math.abs(move) <= noise + EPSILON) {
            return ScenarioStatus.FLAKY;
        }
        return move > 0 ? ScenarioStatus.REGRESSED : ScenarioStatus.FIXED;
    }

    /** Why a flaky scenario is not counted, in words. */
    static String flakyNote(int judged, int passedA, int passedB) {
        return String.format(Locale.ROOT, "moved %d of %d trials; its trials disagree among themselves (%.0f%% in A, %.0f%% in B)",
                Math.abs(passedA - passedB), judged, 100 * disagreement(passedA, judged), 100 * disagreement(passedB, judged));
    }

    private static double disagreement(int passed, int judged) {
        return Math.min(passed, judged - passed) / (double) judged;
    }
}
