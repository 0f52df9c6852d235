package dev.curveball.core.limit;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The retries of one call under a {@link RetryPolicy}: made after its first attempt failed (so a
 * call that succeeds at once allocates none), it says how long to wait before each next attempt,
 * or that the call must give up: the attempts are used up, or the wait would end past the policy's
 * total time or the caller's deadline. Not thread-safe: one call, one thread.
 *
 * <pre>{@code Backoff retries = new Backoff(policy, ticker, random, startedNanos, deadlineNanos);
 * long wait = retries.nextWait(failure.retryAfter());   // -1: give up
 * ticker.sleep(wait);}</pre>
 */
public final class Backoff {
    private final RetryPolicy policy;
    private final Ticker ticker;
    private final RandomGenerator random;
    private final long startedNanos;
    private final long endsNanos;
    private final String deadlineName;
    private int attempts = 1;
    private long previousNanos;
    private String why;

    /**
     * @param startedNanos  when the first attempt started ({@link Ticker#nanoTime()})
     * @param deadlineNanos when the caller needs an answer by, or {@link Long#MAX_VALUE}
     */
    public Backoff(RetryPolicy policy, Ticker ticker, RandomGenerator random, long startedNanos, long deadlineNanos) {
        this(policy, ticker, random, new Window(startedNanos, deadlineNanos, "deadline"));
    }

    /** When a call's first attempt started, when its caller needs an answer by, and what messages call that moment. */
    public record Window(long startedNanos, long deadlineNanos, String deadlineName) {
    }

    public Backoff(RetryPolicy policy, Ticker ticker, RandomGenerator random, Window window) {
        long startedNanos = window.startedNanos();
        long deadlineNanos = window.deadlineNanos();
        this.deadlineName = window.deadlineName();
        this.policy = policy;
        this.ticker = ticker;
        this.random = random;
        this.startedNanos = startedNanos;
        long cap = startedNanos + policy.maxTotalTime().toNanos();
        this.endsNanos = CallLimits.earlier(deadlineNanos, cap);
        this.previousNanos = policy.baseDelay().toNanos();
    }

    /**
     * Nanoseconds to wait before the next attempt, counting it as made; -1 when the call must give up.
     *
     * @param retryAfter the wait the server asked for, or null; it wins over the backoff when it fits
     */
    public long nextWait(Duration retryAfter) {
        if (attempts >= policy.maxAttempts()) {
            why = null;
            return -1;
        }
        long wait = retryAfter != null ? retryAfter.toNanos() : drawn();
        long left = endsNanos - ticker.nanoTime();
        if (wait > left) {
            why = retryAfter != null
                    ? "the server asked to wait " + GaveUp.seconds(wait) + " s, more than the " + GaveUp.seconds(Math.max(0, left))
                            + " s left before the " + limitName()
                    : "the next wait would pass the " + limitName();
            return -1;
        }
        attempts++;
        previousNanos = Math.max(wait, policy.baseDelay().toNanos());
        return wait;
    }

    /** Attempts made so far, the one about to be made included. */
    public int attempts() {
        return attempts;
    }

    public long elapsedNanos() {
        return ticker.nanoTime() - startedNanos;
    }

    /** Why the last {@link #nextWait} said to give up when that was not the number of attempts, else null. */
    public String why() {
        return why;
    }

    /** The call's failure once {@link #nextWait} said to give up. */
    public GaveUp gaveUp(String status, Throwable cause) {
        return new GaveUp(attempts, elapsedNanos(), status, why, cause);
    }

    private String limitName() {
        return endsNanos - startedNanos < policy.maxTotalTime().toNanos() ? deadlineName : "retry time limit of " + policy.maxTotalTime().toSeconds() + " s";
    }

    private long drawn() {
        long base = policy.baseDelay().toNanos();
        long max = policy.maxDelay().toNanos();
        if (policy.jitter() == Jitter.DECORRELATED) {
            long upper = Math.min(max, saturatedTimes3(previousNanos));
            return upper <= base ? base : base + (long) (random.nextDouble() * (upper - base));
        }
        int retry = attempts; // 1 before the second attempt
        long ceiling = retry >= 62 || base > (max >> Math.min(retry - 1, 62)) ? max : Math.min(max, base << (retry - 1));
        return (long) (random.nextDouble() * ceiling);
    }

    private static long saturatedTimes3(long nanos) {
        return nanos > Long.MAX_VALUE / 3 ? Long.MAX_VALUE : nanos * 3;
    }
}
