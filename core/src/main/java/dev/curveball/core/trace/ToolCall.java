package dev.curveball.core.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The agent called a tool through the gateway. {@code arguments} is the JSON the agent sent (a
 * JSON text node holding the raw body when it was not JSON). {@code call} is the 1-based number of
 * this call of this tool in the conversation; 0 for a call the gateway refused before it reached
 * the world (its tools URL was altered to name another conversation, answered 404).
 */
public record ToolCall(Instant at, String callId, String tool, int call, JsonNode arguments) implements TraceEvent {
}
