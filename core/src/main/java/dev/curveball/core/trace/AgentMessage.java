package dev.curveball.core.trace;

import java.time.Instant;

/** The agent's reply to a user turn, and how long the agent took for the whole turn. */
public record AgentMessage(Instant at, String text, long latencyMs) implements TraceEvent {
}
