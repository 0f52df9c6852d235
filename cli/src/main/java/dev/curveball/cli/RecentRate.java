package dev.curveball.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * How fast conversations have been finishing lately: over the last {@link #WINDOW} completions, so
 * the time left follows a run that speeds up or slows down (a model that starts rate limiting)
 * instead of its average since the start.
 */
final class RecentRate {
    static final int WINDOW = 30;

    private record Point(long millis, int done) {
    }

    private final Deque<Point> points = new ArrayDeque<>();

    void add(long millis, int done) {
        points.addLast(new Point(millis, done));
        while (points.size() > WINDOW + 1) {
            points.removeFirst();
        }
    }

    void reset(long millis, int done) {
        points.clear();
        add(millis, done);
    }

    /** The time {@code remaining} conversations take at the recent rate; empty before any finished. */
    Optional<Long> eta(int remaining) {
        if (points.size() < 2 || remaining <= 0) {
            return remaining <= 0 ? Optional.of(0L) : Optional.empty();
        }
        Point first = points.peekFirst();
        Point last = points.peekLast();
        int finished = last.done() - first.done();
        long elapsed = last.millis() - first.millis();
        if (finished <= 0 || elapsed <= 0) {
            return Optional.empty();
        }
        return Optional.of(elapsed * remaining / finished);
    }
}
