package dev.curveball.core.agent;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How an in-process agent calls its tools: the same gateway, faults and recording as
 * {@code POST <base_url>/<tool>} over HTTP.
 */
@FunctionalInterface
public interface ToolClient {
    ToolResponse call(String tool, JsonNode arguments);
}
