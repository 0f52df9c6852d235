package dev.curveball.judge.grading;

import dev.curveball.core.error.Require;
import java.time.Duration;

/**
 * How hard {@link ModelGrader} tries before it leaves a conversation ungraded: attempts per
 * conversation (each malformed or incomplete reply uses one) and the wait before asking again,
 * doubled each time. Timeouts, 429s and 5xx are retried by the model client under the run's retry
 * policy (docs/limits.md), so they end the grading instead of using more attempts here.
 *
 * <pre>{@code new GradingPolicy(3, Duration.ofSeconds(1))}</pre>
 */
public record GradingPolicy(int attempts, Duration backoff) {
    public GradingPolicy {
        Require.check(attempts >= 1, "grading attempts must be 1 or more, was " + attempts);
        Require.present(backoff, "backoff");
        Require.check(!backoff.isNegative(), "grading backoff must not be negative");
    }

    public static GradingPolicy defaults() {
        return new GradingPolicy(3, Duration.ofSeconds(1));
    }

    Duration waitBefore(int retry) {
        return backoff.multipliedBy(1L << Math.min(retry - 1, 10));
    }
}
