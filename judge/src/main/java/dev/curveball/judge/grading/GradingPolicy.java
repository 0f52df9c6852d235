package dev.curveball.judge.grading;

import dev.curveball.core.error.Require;
import java.time.Duration;

/**
 * How hard {@link ModelGrader} tries before it leaves a conversation ungraded: attempts per
 * conversation (a malformed reply, a timeout, a 429 or a 5xx each use one) and the wait before a
 * retry, doubled each time; a 429's Retry-After, when the server sent one, is waited out instead if longer.
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
