package dev.curveball.core.limit;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The time a limiter and a retry loop see, and how they wait. {@link #system()} is the real clock;
 * tests pass one that moves forward when asked to sleep, so backoffs of seconds run in microseconds.
 *
 * <pre>{@code Ticker.system().sleep(TimeUnit.MILLISECONDS.toNanos(250));}</pre>
 */
public interface Ticker {
    /** A monotonic reading in nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Waits {@code nanos} (nothing when 0 or less); an interrupt ends the wait. */
    void sleep(long nanos) throws InterruptedException;

    /** The wall-clock time, to read a {@code Retry-After} given as an HTTP date. */
    Instant now();

    static Ticker system() {
        return SystemTicker.INSTANCE;
    }

    /** The real clock. */
    enum SystemTicker implements Ticker {
        INSTANCE;

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
            if (nanos > 0) {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        }

        @Override
        public Instant now() {
            return Instant.now();
        }
    }
}
