package dev.curveball.core.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The tool gateway's answer: the HTTP status and the JSON body, the tool's result when
 * {@code 200}, {@code {"error": "..."}} otherwise ({@code 400} arguments that do not fit the
 * schema, {@code 403} permission denied, {@code 404}, {@code 429} rate limited, {@code 500},
 * {@code 504} upstream timeout).
 *
 * <pre>{@code ToolResponse r = tools.call("get_order", Map.of("order_id", "A-5001"));
 * r.ok()              // true
 * r.text("status")    // "delivered"
 * r.get("amount")     // the JSON number 249.00
 * ToolResponse denied = tools.call("get_order", Map.of("order_id", "A-5003"));
 * denied.status()     // 403
 * denied.error()      // "permission denied: ..."}</pre>
 */
public record ToolResponse(int status, JsonNode body) {
    public boolean ok() {
        return status == 200;
    }

    /** A field of the body; a missing node (never null) when absent, so {@code get("a").path("b")} is safe. */
    public JsonNode get(String field) {
        return body == null ? MissingNode.getInstance() : body.path(field);
    }

    /** A field of the body as text; empty when absent or null. */
    public String text(String field) {
        JsonNode value = get(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    /** Why the call failed (the body's {@code error}, else the status), or empty when it did not. */
    public String error() {
        if (ok()) {
            return "";
        }
        String error = text("error");
        return error.isEmpty() ? "status " + status : error;
    }
}
