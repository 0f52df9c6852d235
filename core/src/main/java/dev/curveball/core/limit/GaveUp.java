package dev.curveball.core.limit;

import java.time.Duration;
import java.util.Locale;

/**
 * A call that kept failing until its {@link RetryPolicy} ran out: how many attempts it made, in how
 * long, and what the last one said. The last attempt's exception is the cause (none when the wait
 * for a {@link RequestLimiter} slot ran out instead).
 *
 * <pre>{@code gave up after 4 attempts in 7.3 s: HTTP 503}</pre>
 */
public final class GaveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int attempts;
    private final long elapsedNanos;
    private final String status;
    private final String why;

    public GaveUp(int attempts, long elapsedNanos, String status, String why, Throwable cause) {
        super(summary(attempts, elapsedNanos, why) + ": " + status, cause);
        this.attempts = attempts;
        this.elapsedNanos = elapsedNanos;
        this.status = status;
        this.why = why;
    }

    /** Why the call stopped before its attempts were used up (a wait past the time limit), or null. */
    public String why() {
        return why;
    }

    /** {@code gave up after 4 attempts in 7.3 s}, then {@code (why)} when there is a reason beyond the attempts. */
    public static String summary(int attempts, long elapsedNanos, String why) {
        return "gave up after " + attempts + (attempts == 1 ? " attempt" : " attempts") + " in " + seconds(elapsedNanos) + " s"
                + (why == null ? "" : " (" + why + ")");
    }

    public int attempts() {
        return attempts;
    }

    public Duration elapsed() {
        return Duration.ofNanos(elapsedNanos);
    }

    /** What the last attempt said, such as {@code HTTP 503}. */
    public String status() {
        return status;
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
