package dev.curveball.core.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** The agent asked for an approval; {@code status} is what the world answered (pending, approved, denied). */
public record ApprovalRequested(Instant at, String callId, String approvalId, String status, JsonNode arguments)
        implements TraceEvent {
}
