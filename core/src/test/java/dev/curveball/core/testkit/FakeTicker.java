package dev.curveball.core.testkit;

import dev.curveball.core.limit.Ticker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Ticker} that stands still until something sleeps on it, then moves on by the sleep, and
 * records every sleep: retry backoffs of seconds run in microseconds.
 *
 * <pre>{@code FakeTicker ticker = new FakeTicker();
 * ModelLimits limits = ModelLimits.of(RetryPolicy.defaults(), RequestLimits.NONE, ticker, new SplittableRandom(1));
 * ... assertThat(ticker.sleeps()).containsExactly(Duration.ofSeconds(2));}</pre>
 */
public final class FakeTicker implements Ticker {
    public static final Instant EPOCH = Instant.parse("2026-11-26T10:00:00Z");

    private long nanos = 1_000_000_000L;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized void sleep(long wait) {
        sleeps.add(Duration.ofNanos(Math.max(0, wait)));
        nanos += Math.max(0, wait);
    }

    @Override
    public synchronized Instant now() {
        return EPOCH.plusNanos(nanos);
    }

    public synchronized void advance(Duration by) {
        nanos += by.toNanos();
    }

    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
