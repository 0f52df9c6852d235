package dev.curveball.core.limit;

import dev.curveball.core.error.Require;
import java.time.Duration;

/**
 * When a failed request is tried again: at most {@code maxAttempts} attempts (the first one
 * included) within {@code maxTotalTime} from the first, waiting an exponential backoff from
 * {@code baseDelay} up to {@code maxDelay} drawn with {@code jitter}; a server's {@code Retry-After}
 * is waited out instead whenever it fits in what is left of {@code maxTotalTime}. What counts as
 * retriable is the caller's to say ({@link AttemptFailure}).
 *
 * <pre>{@code RetryPolicy.defaults()            // 4 attempts, 60 s, 1 s doubling to 30 s, full jitter
 * RetryPolicy.defaults().withMaxRetries(0)   // one attempt, no retry}</pre>
 */
public record RetryPolicy(int maxAttempts, Duration maxTotalTime, Duration baseDelay, Duration maxDelay, Jitter jitter) {
    /** The most retries a flag or a config may ask for. */
    public static final int MAX_RETRIES = 100;
    /** The longest {@code maxTotalTime}: a day. */
    public static final Duration MAX_TOTAL_TIME = Duration.ofDays(1);

    private static final RetryPolicy DEFAULTS = new RetryPolicy(4, Duration.ofSeconds(60), Duration.ofSeconds(1),
            Duration.ofSeconds(30), Jitter.FULL);

    public RetryPolicy {
        Require.check(maxAttempts >= 1 && maxAttempts <= MAX_RETRIES + 1,
                "attempts must be from 1 to " + (MAX_RETRIES + 1) + ", was " + maxAttempts);
        positive(maxTotalTime, "the retry time limit");
        Require.check(maxTotalTime.compareTo(MAX_TOTAL_TIME) <= 0, "the retry time limit must be at most a day, was " + maxTotalTime);
        positive(baseDelay, "the base delay");
        positive(maxDelay, "the longest delay");
        Require.check(baseDelay.compareTo(maxDelay) <= 0, "the base delay " + baseDelay + " must not exceed the longest delay " + maxDelay);
        Require.present(jitter, "jitter");
    }

    /** 4 attempts within 60 s, waits from 1 s doubling up to 30 s, full jitter: what hosted providers' own SDKs do. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** One attempt only. */
    public static RetryPolicy never() {
        return DEFAULTS.withMaxRetries(0);
    }

    public int maxRetries() {
        return maxAttempts - 1;
    }

    public RetryPolicy withMaxRetries(int retries) {
        return new RetryPolicy(retries + 1, maxTotalTime, baseDelay, maxDelay, jitter);
    }

    public RetryPolicy withMaxTotalTime(Duration total) {
        Require.present(total, "the retry time limit");
        return new RetryPolicy(maxAttempts, total, min(baseDelay, total), min(maxDelay, total), jitter);
    }

    public RetryPolicy withDelays(Duration base, Duration max) {
        return new RetryPolicy(maxAttempts, maxTotalTime, base, max, jitter);
    }

    public RetryPolicy withJitter(Jitter value) {
        return new RetryPolicy(maxAttempts, maxTotalTime, baseDelay, maxDelay, value);
    }

    /** {@code 4 attempts within 60 s}: how the manifest and a console line say it. */
    public String describe() {
        return maxAttempts + (maxAttempts == 1 ? " attempt" : " attempts within " + GaveUp.seconds(maxTotalTime.toNanos()) + " s");
    }

    private static void positive(Duration value, String what) {
        Require.present(value, what);
        Require.check(!value.isNegative() && !value.isZero(), what + " must be positive, was " + value);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
