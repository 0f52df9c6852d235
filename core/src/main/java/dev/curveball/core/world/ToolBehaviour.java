package dev.curveball.core.world;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.error.Require;
import java.util.List;
import java.util.Map;

/**
 * What a tool does, as data. The world engine knows four kinds:
 * <ul>
 *   <li>{@code lookup}: one row of {@code table} whose {@code key} column equals the argument of the same name,
 *       projected to {@code fields} (all when empty);</li>
 *   <li>{@code list}: the rows whose {@code filter} column equals the argument of the same name, under {@code wrap};</li>
 *   <li>{@code search}: the world's documents matching the {@code query} argument, current versions first, under {@code wrap};</li>
 *   <li>{@code record}: appends a record to the state {@code collection} (arguments plus a generated
 *       {@code id_field} with {@code id_prefix}) and answers {@code result}, where a text value
 *       {@code ${name}} is replaced by the scenario's (or world's) setting {@code name}.</li>
 * </ul>
 * {@code owned_by} makes a {@code record} tool check that the row its argument names belongs to the
 * authenticated subject. {@code emits} says which trace event the record is, besides a state change.
 *
 * <pre>{@code behaviour: {kind: lookup, table: orders, key: order_id}}</pre>
 */
public record ToolBehaviour(
        Kind kind,
        String table,
        String key,
        String filter,
        List<String> fields,
        String wrap,
        String collection,
        String idField,
        String idPrefix,
        OwnedBy ownedBy,
        Map<String, JsonNode> result,
        Emits emits) {

    public ToolBehaviour {
        Require.present(kind, "kind");
        fields = List.copyOf(fields == null ? List.of() : fields);
        result = result == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(result));
        emits = emits == null ? Emits.STATE_CHANGE : emits;
        switch (kind) {
            case LOOKUP -> {
                Require.text(table, "table");
                Require.text(key, "key");
            }
            case LIST -> {
                Require.text(table, "table");
                Require.text(filter, "filter");
                Require.text(wrap, "wrap");
            }
            case SEARCH -> Require.text(wrap, "wrap");
            case RECORD -> Require.text(collection, "collection");
        }
    }

    public enum Kind {
        LOOKUP, LIST, SEARCH, RECORD;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum Emits {
        STATE_CHANGE, APPROVAL, ESCALATION;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The argument naming a row of {@code table} that must belong to the authenticated subject. */
    public record OwnedBy(String argument, String table) {
        public OwnedBy {
            Require.text(argument, "argument");
            Require.text(table, "table");
        }
    }
}
