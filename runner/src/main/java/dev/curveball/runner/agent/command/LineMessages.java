package dev.curveball.runner.agent.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import dev.curveball.core.trace.EndReason;

/**
 * The lines Curveball writes to an agent process (see docs/command-agents.md): a {@code turn}
 * (the HTTP protocol's request body with a {@code type}), a {@code tool_result} for each of the
 * process's tool calls, and the {@code conversation_end} notice.
 *
 * <pre>{@code {"type":"tool_result","conversation_id":"s0007-t1","id":"c1","status":200,"body":{"orders":[...]}}}</pre>
 */
final class LineMessages {
    static final String TURN = "turn";
    static final String TOOL_CALL = "tool_call";
    static final String TOOL_RESULT = "tool_result";
    static final String REPLY = "reply";
    static final String CONVERSATION_END = "conversation_end";

    private LineMessages() {
    }

    static ObjectNode turn(AgentTurn turn) {
        ObjectNode line = Json.object();
        line.put("type", TURN);
        line.setAll((ObjectNode) Json.tree(turn));
        return line;
    }

    static ObjectNode toolResult(String conversationId, JsonNode id, ToolResponse response) {
        ObjectNode line = Json.object();
        line.put("type", TOOL_RESULT);
        line.put("conversation_id", conversationId);
        line.set("id", id);
        line.put("status", response.status());
        line.set("body", response.body());
        return line;
    }

    static ObjectNode conversationEnd(String conversationId, EndReason reason) {
        ObjectNode line = Json.object();
        line.put("type", CONVERSATION_END);
        line.put("protocol", AgentTurn.PROTOCOL);
        line.put("conversation_id", conversationId);
        line.put("end_reason", reason == null ? null : reason.id());
        return line;
    }
}
