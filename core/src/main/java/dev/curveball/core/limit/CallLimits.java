package dev.curveball.core.limit;

import java.util.Random;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * One service's limits and retry policy, shared by every caller of that service in a run: each
 * attempt waits for its {@link RequestLimiter} slot, and a failure the {@link FailureReader} calls
 * retriable is tried again after the {@link Backoff}'s wait (a {@code Retry-After} first). Past the
 * policy the call ends with {@link GaveUp}; a failure that is not retriable is thrown as it was.
 * Thread-safe.
 *
 * <pre>{@code CallLimits limits = CallLimits.of(RetryPolicy.defaults(), new RequestLimits(500, 8));
 * ChatResponse response = limits.call(() -> chatModel.chat(request), reader);}</pre>
 */
public final class CallLimits {
    private final RetryPolicy policy;
    private final RequestLimiter limiter;
    private final Ticker ticker;
    private final RandomGenerator random;

    private CallLimits(RetryPolicy policy, RequestLimits limits, Ticker ticker, RandomGenerator random) {
        this.policy = policy;
        this.limiter = limits.unlimited() ? null : RequestLimiter.of(limits, ticker);
        this.ticker = ticker;
        this.random = random;
    }

    public static CallLimits of(RetryPolicy policy, RequestLimits limits) {
        return of(policy, limits, Ticker.system(), new Random());
    }

    /** With a clock and random source of the caller's: tests pass a fake clock and a seeded random. */
    public static CallLimits of(RetryPolicy policy, RequestLimits limits, Ticker ticker, RandomGenerator random) {
        return new CallLimits(policy, limits, ticker, random);
    }

    /** What a failed attempt means for the retry loop. */
    @FunctionalInterface
    public interface FailureReader {
        /** The failure read, or {@link AttemptFailure#FINAL} for one not worth another attempt. */
        AttemptFailure read(RuntimeException failure);
    }

    /** The wait for a slot or before a retry was interrupted; the thread's interrupt flag is set again. */
    public static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Interrupted(InterruptedException cause) {
            super("interrupted while waiting to call again", cause);
        }
    }

    public RetryPolicy policy() {
        return policy;
    }

    public RequestLimits limits() {
        return limiter == null ? RequestLimits.NONE : limiter.limits();
    }

    public Ticker ticker() {
        return ticker;
    }

    /** The limiter, or null when no limit is set: callers on a hot path skip it then. */
    public RequestLimiter limiter() {
        return limiter;
    }

    /** A fresh retry schedule for a call whose first attempt started at {@code startedNanos} and failed. */
    public Backoff backoff(long startedNanos, long deadlineNanos) {
        return new Backoff(policy, ticker, random, startedNanos, deadlineNanos);
    }

    /** As {@link #backoff(long, long)}, messages calling the deadline {@code window.deadlineName()} ({@code turn timeout}). */
    public Backoff backoff(Backoff.Window window) {
        return new Backoff(policy, ticker, random, window);
    }

    /** {@code attempt} under the limits and policy, with no deadline beyond the policy's total time. */
    public <T> T call(Supplier<T> attempt, FailureReader reader) {
        return call(attempt, reader, Long.MAX_VALUE);
    }

    /**
     * {@code attempt} under the limits and policy, every wait ending by {@code deadlineNanos}.
     *
     * @throws GaveUp once a retriable failure can be tried no more
     * @throws Interrupted when a wait was interrupted
     */
    public <T> T call(Supplier<T> attempt, FailureReader reader, long deadlineNanos) {
        long started = ticker.nanoTime();
        long ends = earlier(deadlineNanos, started + policy.maxTotalTime().toNanos());
        Backoff backoff = null;
        while (true) {
            RuntimeException failure;
            AttemptFailure read;
            try {
                return limited(attempt, ends);
            } catch (RequestLimiter.LimitTimeout e) {
                throw (backoff == null ? backoff(started, deadlineNanos) : backoff).gaveUp(e.getMessage(), null);
            } catch (Interrupted e) {
                throw e;
            } catch (RuntimeException e) {
                failure = e;
                read = reader.read(e);
            }
            if (read == null || !read.retriable()) {
                throw failure;
            }
            backoff = backoff == null ? backoff(started, deadlineNanos) : backoff;
            long wait = backoff.nextWait(read.retryAfter());
            if (wait < 0) {
                throw backoff.gaveUp(read.status(), failure);
            }
            pause(wait);
        }
    }

    /** The earlier of two {@link Ticker#nanoTime()} readings, {@link Long#MAX_VALUE} meaning none. */
    static long earlier(long deadlineNanos, long otherNanos) {
        return deadlineNanos == Long.MAX_VALUE || otherNanos - deadlineNanos < 0 ? otherNanos : deadlineNanos;
    }

    private <T> T limited(Supplier<T> attempt, long deadlineNanos) throws RequestLimiter.LimitTimeout {
        if (limiter == null) {
            return attempt.get();
        }
        try {
            limiter.acquire(deadlineNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted(e);
        }
        try {
            return attempt.get();
        } finally {
            limiter.release();
        }
    }

    private void pause(long nanos) {
        try {
            ticker.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted(e);
        }
    }
}
