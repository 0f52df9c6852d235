package dev.curveball.results.compare;

import dev.curveball.core.error.CurveballException;

/**
 * How a comparison decides that B regressed: {@code alpha}, the significance level of the exact
 * McNemar test (B regressed when {@code p < alpha} and more scenarios regressed than were fixed),
 * and {@code maxRegressions}, when set, the most regressed scenarios tolerated whatever the test says.
 *
 * <pre>{@code new CompareOptions(0.05, null)   // the defaults of 'curveball compare'}</pre>
 */
public record CompareOptions(double alpha, Integer maxRegressions) {
    public static final double DEFAULT_ALPHA = 0.05;

    public CompareOptions {
        if (!(alpha > 0 && alpha < 1)) {
            throw CurveballException.invalidInput("--alpha: " + alpha + " is outside (0, 1); pass a significance level such as 0.05");
        }
        if (maxRegressions != null && maxRegressions < 0) {
            throw CurveballException.invalidInput("--max-regressions: " + maxRegressions + " is negative; pass 0 or more");
        }
    }

    public static CompareOptions defaults() {
        return new CompareOptions(DEFAULT_ALPHA, null);
    }
}
