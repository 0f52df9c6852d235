package dev.curveball.runner.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.world.Table;
import dev.curveball.core.world.ToolBehaviour;
import dev.curveball.core.world.World;
import java.util.List;
import java.util.Optional;

/**
 * The read behaviours over the world's tables: {@code lookup} (one row by key) and {@code list}
 * (the rows whose filter column equals the argument). Rows are copied before they leave, because
 * the world's tables are shared by every conversation and faults edit answers in place.
 *
 * <p>A table sharing its name with a state collection also holds the records this conversation's
 * tools stored there, after its own rows: that is how an agent reads back a write ({@code get_refund}
 * over the {@code refunds} table sees the refund {@code issue_refund} stored, and not one a
 * {@code silent-no-op} fault dropped).
 *
 * <pre>{@code get_order {order_id: A-5001} -> {order_id: A-5001, customer_id: C-1001, item: ..., opened: false}
 * list_orders {customer_id: C-1001} -> {orders: [...]}}</pre>
 */
final class TableQueries {
    private final World world;
    private final PermissionBoundary boundary;
    private final StateCollections state;

    TableQueries(World world, PermissionBoundary boundary, StateCollections state) {
        this.world = world;
        this.boundary = boundary;
        this.state = state;
    }

    ToolAnswer lookup(Invocation invocation, ToolBehaviour.Lookup behaviour) {
        Table table = world.tables().get(behaviour.table());
        Optional<String> key = invocation.argument(behaviour.key());
        if (key.isEmpty()) {
            return ToolAnswer.badRequest("missing argument '" + behaviour.key() + "' for tool " + invocation.tool());
        }
        Optional<ObjectNode> row = rows(behaviour.table(), table).stream()
                .filter(r -> key.get().equals(r.path(table.key()).asText(null))).findFirst();
        if (row.isEmpty()) {
            return ToolAnswer.notFound("not found: no " + behaviour.table() + " entry with " + behaviour.key() + " '" + key.get() + "'");
        }
        return boundary.deny(table, row.get(), behaviour.key(), key.get())
                .orElseGet(() -> ToolAnswer.ok(project(row.get(), behaviour.fields())));
    }

    ToolAnswer list(Invocation invocation, ToolBehaviour.ListRows behaviour) {
        Table table = world.tables().get(behaviour.table());
        Optional<String> value = invocation.argument(behaviour.filter());
        if (value.isEmpty()) {
            return ToolAnswer.badRequest("missing argument '" + behaviour.filter() + "' for tool " + invocation.tool());
        }
        Optional<ToolAnswer> denied = boundary.denyOwnerFilter(table, behaviour.filter(), value.get());
        if (denied.isPresent()) {
            return denied.get();
        }
        List<ObjectNode> rows = rows(behaviour.table(), table).stream()
                .filter(r -> value.get().equals(r.path(behaviour.filter()).asText(null))).toList();
        ArrayNode listed = Json.mapper().createArrayNode();
        for (ObjectNode row : rows) {
            denied = boundary.deny(table, row, behaviour.filter(), value.get());
            if (denied.isPresent()) {
                return denied.get();
            }
            listed.add(project(row, behaviour.fields()));
        }
        ObjectNode body = Json.object();
        body.set(behaviour.wrap(), listed);
        return ToolAnswer.ok(body);
    }

    /** The table's rows, then the records the conversation stored in the state collection of the same name. */
    private List<ObjectNode> rows(String name, Table table) {
        List<ObjectNode> stored = state.records(name);
        if (stored.isEmpty()) {
            return table.rows();
        }
        List<ObjectNode> all = new java.util.ArrayList<>(table.rows());
        all.addAll(stored);
        return all;
    }

    /** A copy of {@code row} holding only {@code fields} in their declared order (all fields when none are named). */
    private static ObjectNode project(ObjectNode row, List<String> fields) {
        if (fields.isEmpty()) {
            return row.deepCopy();
        }
        ObjectNode projected = Json.object();
        fields.stream().filter(row::has).forEach(f -> projected.set(f, row.get(f).deepCopy()));
        return projected;
    }
}
