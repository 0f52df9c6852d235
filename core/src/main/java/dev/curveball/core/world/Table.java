package dev.curveball.core.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.error.Require;
import java.util.List;
import java.util.Optional;

/**
 * A data table of the world. {@code key} names the column tools look rows up by; {@code owner}
 * names the column holding the subject who owns the row (the permission boundary);
 * {@code identifying} lists the columns whose values must never reach another subject.
 *
 * <pre>{@code orders: {key: order_id, owner: customer_id, identifying: [item], rows: [...]}}</pre>
 */
public record Table(String key, String owner, List<String> identifying, List<ObjectNode> rows) {
    public Table {
        Require.text(key, "key");
        identifying = List.copyOf(identifying == null ? List.of() : identifying);
        rows = List.copyOf(rows == null ? List.of() : rows);
    }

    public Optional<ObjectNode> row(String keyValue) {
        return rows.stream().filter(r -> keyValue != null && keyValue.equals(r.path(key).asText(null))).findFirst();
    }

    /** The owner of a row, or empty when this table has no owner column. */
    public Optional<String> ownerOf(ObjectNode row) {
        if (owner == null || !row.hasNonNull(owner)) {
            return Optional.empty();
        }
        return Optional.of(row.get(owner).asText());
    }
}
