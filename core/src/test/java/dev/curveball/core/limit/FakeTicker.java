package dev.curveball.core.limit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that stands still until something sleeps on it, then moves on by the sleep; it records every sleep. */
final class FakeTicker implements Ticker {
    static final Instant EPOCH = Instant.parse("2026-11-26T10:00:00Z");

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

    synchronized void advance(Duration by) {
        nanos += by.toNanos();
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
