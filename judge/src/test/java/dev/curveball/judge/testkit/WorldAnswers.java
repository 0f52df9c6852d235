package dev.curveball.judge.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.world.ToolBehaviour;
import dev.curveball.core.world.ToolDefinition;
import dev.curveball.core.world.World;
import java.util.List;

/**
 * What a world's read tools answer, computed from its data the way the runner's engine does, so
 * crafted traces carry realistic tool results ({@code get_order A-5001} returns the order's fields).
 *
 * <pre>{@code WorldAnswers.of(acme, "get_invoice", json("{'order_id':'A-5001'}"))  // {invoice_id: INV-9001, ..., total: 249.00}}</pre>
 */
final class WorldAnswers {
    private WorldAnswers() {
    }

    static JsonNode of(World world, String toolName, JsonNode arguments) {
        ToolDefinition tool = world.tool(toolName).orElseThrow(() -> new IllegalArgumentException("acme-support has no tool " + toolName));
        if (tool.behaviour() instanceof ToolBehaviour.Lookup b) {
            return world.tables().get(b.table()).row(arguments.path(b.key()).asText()).map(row -> project(row, b.fields()))
                    .orElseThrow(() -> new IllegalArgumentException("no " + b.table() + " row " + arguments));
        }
        if (tool.behaviour() instanceof ToolBehaviour.ListRows b) {
            ArrayNode rows = Json.mapper().createArrayNode();
            world.tables().get(b.table()).rows().stream().filter(r -> r.path(b.filter()).asText().equals(arguments.path(b.filter()).asText()))
                    .forEach(r -> rows.add(r.deepCopy()));
            ObjectNode wrapped = Json.object();
            wrapped.set(b.wrap(), rows);
            return wrapped;
        }
        throw new IllegalArgumentException(toolName + " is not a lookup or list tool");
    }

    /** Removes the fields from the answer and from the objects of its lists, as the partial-data fault does. */
    static void drop(JsonNode answer, List<String> fields) {
        if (answer instanceof ObjectNode object) {
            object.remove(fields);
            object.forEach(child -> drop(child, fields));
        } else if (answer instanceof ArrayNode array) {
            array.forEach(child -> drop(child, fields));
        }
    }

    private static ObjectNode project(ObjectNode row, List<String> fields) {
        if (fields.isEmpty()) {
            return row.deepCopy();
        }
        ObjectNode projected = Json.object();
        fields.stream().filter(row::has).forEach(f -> projected.set(f, row.get(f).deepCopy()));
        return projected;
    }
}
