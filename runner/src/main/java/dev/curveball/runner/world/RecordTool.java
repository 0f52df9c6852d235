package dev.curveball.runner.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.world.Table;
import dev.curveball.core.world.ToolBehaviour;
import dev.curveball.core.world.World;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code record} behaviour: an action that changes the world. It checks that the row named by
 * {@code owned_by} belongs to the subject, then appends the arguments, a generated id and the
 * resolved {@code result} fields to the state collection, and answers the id and the result. Under a
 * fault that suppresses the effect ({@code silent-no-op}) it answers the same and stores nothing.
 *
 * <pre>{@code issue_refund {order_id: A-5001, amount: 249.00, reason: ...}
 * -> stores {order_id: A-5001, amount: 249.00, reason: ..., refund_id: RF-0001, status: issued}
 * -> answers {refund_id: RF-0001, status: issued}}</pre>
 */
final class RecordTool {
    private final World world;
    private final PermissionBoundary boundary;
    private final Settings settings;
    private final StateCollections state;

    RecordTool(World world, PermissionBoundary boundary, Settings settings, StateCollections state) {
        this.world = world;
        this.boundary = boundary;
        this.settings = settings;
        this.state = state;
    }

    ToolAnswer run(Invocation invocation, ToolBehaviour.RecordAction behaviour) {
        Optional<ToolAnswer> refused = checkOwnership(invocation, behaviour.ownedBy());
        if (refused.isPresent()) {
            return refused.get();
        }
        ObjectNode result;
        try {
            result = resolvedResult(behaviour);
        } catch (IllegalStateException e) {
            return ToolAnswer.error(500, "world configuration error in tool " + invocation.tool() + ": " + e.getMessage());
        }
        ObjectNode answer = Json.object();
        if (behaviour.idField() != null) {
            answer.put(behaviour.idField(), state.nextId(behaviour.collection(), behaviour.idPrefix()));
        }
        answer.setAll(result);
        if (invocation.effectSuppressed()) {
            // A silently dropped write: the usual answer, nothing stored, so no state event either.
            return ToolAnswer.ok(answer);
        }
        ObjectNode record = ((ObjectNode) invocation.arguments()).deepCopy();
        record.setAll(answer.deepCopy());
        state.append(behaviour.collection(), record);
        return ToolAnswer.stored(answer, record);
    }

    private ObjectNode resolvedResult(ToolBehaviour.RecordAction behaviour) {
        ObjectNode result = Json.object();
        for (Map.Entry<String, JsonNode> field : behaviour.result().entrySet()) {
            result.set(field.getKey(), settings.resolve(field.getValue()));
        }
        return result;
    }

    private Optional<ToolAnswer> checkOwnership(Invocation invocation, ToolBehaviour.OwnedBy ownedBy) {
        if (ownedBy == null) {
            return Optional.empty();
        }
        Optional<String> value = invocation.argument(ownedBy.argument());
        if (value.isEmpty()) {
            return Optional.of(ToolAnswer.badRequest("missing argument '" + ownedBy.argument() + "' for tool " + invocation.tool()));
        }
        Table table = world.tables().get(ownedBy.table());
        Optional<ObjectNode> row = table.row(value.get());
        if (row.isEmpty()) {
            return Optional.of(ToolAnswer.notFound("not found: no " + ownedBy.table() + " entry with "
                    + table.key() + " '" + value.get() + "'"));
        }
        return boundary.deny(table, row.get(), ownedBy.argument(), value.get());
    }
}
