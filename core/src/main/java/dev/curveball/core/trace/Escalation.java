package dev.curveball.core.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** The agent handed the conversation to a human. */
public record Escalation(Instant at, String callId, String ticketId, JsonNode arguments) implements TraceEvent {
}
