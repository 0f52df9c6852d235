package dev.curveball.core.trace;

import java.time.Instant;

/**
 * Infrastructure trouble, never the agent's score: the agent answered non-200 or garbage, timed
 * out, or the simulator failed. {@code source} says whose.
 */
public record ErrorEvent(Instant at, Source source, String message) implements TraceEvent {

    public enum Source {
        AGENT, SIMULATOR, GATEWAY, HARNESS;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
