package dev.curveball.runner.agent;

import java.time.Duration;

/**
 * The instant a turn's answer must be complete by, so every wait on the way (connecting, each
 * read of the headers and of the body) is bounded by what is left rather than by a fresh budget.
 */
final class Deadline {
    private final Duration budget;
    private final long endsAtNanos;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.endsAtNanos = System.nanoTime() + budget.toNanos();
    }

    static Deadline after(Duration budget) {
        return new Deadline(budget);
    }

    Duration budget() {
        return budget;
    }

    /** Milliseconds left, rounded up so a socket timeout of 0 (which means "forever") never happens; 0 once passed. */
    long remainingMillis() {
        long nanos = endsAtNanos - System.nanoTime();
        return nanos <= 0 ? 0 : (nanos + 999_999) / 1_000_000;
    }

    /** The {@link System#nanoTime()} reading the deadline falls at. */
    long endsAtNanos() {
        return endsAtNanos;
    }

    /** The {@link System#nanoTime()} reading the deadline was set at. */
    long startedNanos() {
        return endsAtNanos - budget.toNanos();
    }

    boolean passed() {
        return endsAtNanos - System.nanoTime() <= 0;
    }
}
