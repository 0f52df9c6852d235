package dev.curveball.core.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A tool added {@code record} to the world state collection {@code collection} (refunds, tickets...). */
public record StateChange(Instant at, String callId, String tool, String collection, JsonNode record) implements TraceEvent {
}
