package dev.curveball.core.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** The gateway's answer to a tool call: HTTP status, JSON body, and time spent in the gateway. */
public record ToolResult(Instant at, String callId, String tool, int status, JsonNode result, long latencyMs)
        implements TraceEvent {

    public boolean ok() {
        return status == 200;
    }
}
