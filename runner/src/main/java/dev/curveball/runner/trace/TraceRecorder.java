package dev.curveball.runner.trace;

import dev.curveball.core.trace.TraceEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered events of one conversation as they happen. Thread-safe: the conversation loop and the
 * tool gateway's request threads record into the same recorder.
 */
public final class TraceRecorder {
    private final Clock clock;
    private final List<TraceEvent> events = new ArrayList<>();

    public TraceRecorder(Clock clock) {
        this.clock = clock;
    }

    public TraceRecorder() {
        this(Clock.systemUTC());
    }

    public Instant now() {
        return clock.instant();
    }

    /** Appends {@code event}, long strings cut to {@link TraceBounds#MAX_STRING}, and returns its index in the trace. */
    public int record(TraceEvent event) {
        TraceEvent bounded = TraceBounds.bound(event);
        synchronized (this) {
            events.add(bounded);
            return events.size() - 1;
        }
    }

    public synchronized List<TraceEvent> events() {
        return List.copyOf(events);
    }
}
