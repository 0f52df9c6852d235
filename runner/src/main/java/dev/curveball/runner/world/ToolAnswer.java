package dev.curveball.runner.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;

/**
 * What a behaviour answers: an HTTP status and JSON body, plus the record it added to the world
 * state ({@code stored}, null when it changed nothing).
 */
record ToolAnswer(int status, ObjectNode body, ObjectNode stored) {

    static ToolAnswer ok(ObjectNode body) {
        return new ToolAnswer(200, body, null);
    }

    static ToolAnswer stored(ObjectNode body, ObjectNode record) {
        return new ToolAnswer(200, body, record);
    }

    /** An error answer in the gateway's shape: {@code {"error": "..."}}. */
    static ToolAnswer error(int status, String message) {
        ObjectNode body = Json.object();
        body.put("error", message);
        return new ToolAnswer(status, body, null);
    }

    static ToolAnswer badRequest(String message) {
        return error(400, message);
    }

    static ToolAnswer notFound(String message) {
        return error(404, message);
    }

    boolean ok() {
        return status == 200;
    }

    ToolResponse response() {
        return new ToolResponse(status, body);
    }
}
