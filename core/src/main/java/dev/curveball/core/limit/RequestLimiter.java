package dev.curveball.core.limit;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Holds the calls to one service to its {@link RequestLimits}, for every thread that calls it: a
 * fair semaphore caps the requests in flight, and a smooth rate limit hands out start times
 * {@code 60 s / rpm} apart, so no minute ever sees more than {@code rpm} starts and a burst of
 * parallel conversations is spread out instead of meeting the provider's 429s. Waits end at the
 * caller's deadline ({@link LimitTimeout}) or on an interrupt.
 *
 * <pre>{@code RequestLimiter limiter = RequestLimiter.of(new RequestLimits(60, 4), Ticker.system());
 * limiter.acquire(deadlineNanos);
 * try { ... one request ... } finally { limiter.release(); }}</pre>
 */
public final class RequestLimiter {
    private final RequestLimits limits;
    private final Ticker ticker;
    private final Semaphore inFlight;
    private final long intervalNanos;
    private long nextStartNanos;
    private boolean started;

    private RequestLimiter(RequestLimits limits, Ticker ticker) {
        this.limits = limits;
        this.ticker = ticker;
        this.inFlight = limits.maxConcurrent() == 0 ? null : new Semaphore(limits.maxConcurrent(), true);
        this.intervalNanos = limits.requestsPerMinute() == 0 ? 0 : TimeUnit.MINUTES.toNanos(1) / limits.requestsPerMinute();
    }

    public static RequestLimiter of(RequestLimits limits, Ticker ticker) {
        return new RequestLimiter(limits, ticker);
    }

    public RequestLimits limits() {
        return limits;
    }

    /** Thrown when a request could not start before the caller's deadline. */
    public static final class LimitTimeout extends Exception {
        private static final long serialVersionUID = 1L;

        LimitTimeout(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Waits for a slot: a free place among the requests in flight, then the next start time.
     * Every successful acquire must be followed by one {@link #release()}.
     *
     * @param deadlineNanos a {@link Ticker#nanoTime()} reading the request must start by
     */
    public void acquire(long deadlineNanos) throws InterruptedException, LimitTimeout {
        if (inFlight != null && !inFlight.tryAcquire()) {
            long left = deadlineNanos - ticker.nanoTime();
            if (left <= 0 || !inFlight.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                throw new LimitTimeout("no free place among the " + limits.maxConcurrent() + " requests allowed at once in time");
            }
        }
        if (intervalNanos == 0) {
            return;
        }
        try {
            long start = reserve(deadlineNanos);
            ticker.sleep(start - ticker.nanoTime());
        } catch (InterruptedException | LimitTimeout | RuntimeException e) {
            release();
            throw e;
        }
    }

    /** Gives back the place taken by {@link #acquire}. */
    public void release() {
        if (inFlight != null) {
            inFlight.release();
        }
    }

    /** The next start time, taken only when it comes before the deadline, so a caller that gives up costs the others nothing. */
    private synchronized long reserve(long deadlineNanos) throws LimitTimeout {
        long now = ticker.nanoTime();
        long start = !started || nextStartNanos - now < 0 ? now : nextStartNanos;
        if (start - deadlineNanos > 0) {
            throw new LimitTimeout("the next of " + limits.requestsPerMinute() + " requests a minute would start after the deadline");
        }
        started = true;
        nextStartNanos = start + intervalNanos;
        return start;
    }
}
