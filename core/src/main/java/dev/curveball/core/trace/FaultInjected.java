package dev.curveball.core.trace;

import dev.curveball.core.world.FaultKind;
import java.time.Instant;

/** The gateway injected a scenario fault into a tool call; {@code detail} says what it did. */
public record FaultInjected(Instant at, String callId, String tool, FaultKind kind, String detail) implements TraceEvent {
}
