package dev.curveball.core.trace;

import java.time.Instant;

/** What the simulated user said. */
public record UserMessage(Instant at, String text) implements TraceEvent {
}
