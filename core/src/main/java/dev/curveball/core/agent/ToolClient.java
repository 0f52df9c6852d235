package dev.curveball.core.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.io.Json;
import java.util.Map;

/**
 * How an in-process agent calls its tools: the same gateway, faults and recording as
 * {@code POST <base_url>/<tool>} over HTTP. A tool that fails answers a {@link ToolResponse} with an
 * error status; it does not throw, so the agent decides what a failure means to the user.
 *
 * <pre>{@code ToolResponse order = tools.call("get_order", Map.of("order_id", "A-5001"));
 * ToolResponse same  = tools.call("get_order", "{\"order_id\": \"A-5001\"}");
 * if (order.ok()) { String status = order.text("status"); } else { String why = order.error(); }}</pre>
 */
@FunctionalInterface
public interface ToolClient {
    /** Calls {@code tool} with {@code arguments}, a JSON object matching the tool's parameters. */
    ToolResponse call(String tool, JsonNode arguments);

    /** Calls {@code tool} with the arguments as a map (values turn into JSON as Jackson writes them). */
    default ToolResponse call(String tool, Map<String, ?> arguments) {
        JsonNode json = Json.mapper().valueToTree(arguments);
        return call(tool, json);
    }

    /**
     * Calls {@code tool} with the arguments as a JSON object's text, as a model writes them. Text that
     * is not JSON is the agent's bug: an {@link IllegalArgumentException}, which makes the
     * conversation an ERROR.
     */
    default ToolResponse call(String tool, String jsonArguments) {
        try {
            JsonNode json = Json.mapper().readTree(jsonArguments);
            return call(tool, json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("arguments for " + tool + " are not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
