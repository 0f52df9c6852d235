package dev.curveball.runner.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.world.ToolDefinition;
import dev.curveball.core.world.World;
import java.util.List;

/**
 * The world's tools as OpenAI function specs, the shape every agent framework accepts. Only the
 * name, description and parameters leave the world: behaviours, approval rules and claim
 * patterns are the judge's business, not the agent's.
 *
 * <pre>{@code ToolSpecs.of(acme).get(0)
 * // {"type":"function","function":{"name":"lookup_customer","description":"...","parameters":{...}}}}</pre>
 */
public final class ToolSpecs {
    private ToolSpecs() {
    }

    public static List<ObjectNode> of(World world) {
        return world.tools().stream().map(ToolSpecs::spec).toList();
    }

    static ObjectNode spec(ToolDefinition tool) {
        ObjectNode function = Json.object();
        function.put("name", tool.name());
        function.put("description", tool.description());
        function.set("parameters", tool.parameters().deepCopy());
        ObjectNode spec = Json.object();
        spec.put("type", "function");
        spec.set("function", function);
        return spec;
    }
}
