package dev.curveball.core.agent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Where the agent reaches its tools for this conversation, and their OpenAI function specs. */
public record ToolAccess(String baseUrl, List<ObjectNode> specs) {
    public ToolAccess {
        specs = List.copyOf(specs == null ? List.of() : specs);
    }
}
