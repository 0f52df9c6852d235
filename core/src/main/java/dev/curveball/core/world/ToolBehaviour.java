package dev.curveball.core.world;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.error.Require;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a tool does, as data: one record per kind, each holding only its own fields, the
 * {@code kind} field of the YAML naming the record.
 * <ul>
 *   <li>{@code lookup} ({@link Lookup}): one row of {@code table} whose {@code key} column equals the
 *       argument of the same name, projected to {@code fields} (all when empty);</li>
 *   <li>{@code list} ({@link ListRows}): the rows whose {@code filter} column equals the argument of
 *       the same name, under {@code wrap};</li>
 *   <li>{@code search} ({@link Search}): the world's documents matching the {@code query} argument,
 *       current versions first, under {@code wrap};</li>
 *   <li>{@code record} ({@link RecordAction}): appends a record to the state {@code collection}
 *       (arguments plus a generated {@code id_field} with {@code id_prefix}) and answers
 *       {@code result}, where a text value {@code ${name}} is replaced by the scenario's (or
 *       world's) setting {@code name}.</li>
 * </ul>
 * Code asks what a behaviour can do through the capabilities {@link TableRead} and {@link ListAnswer},
 * or by its record type; a new kind is a record here, its entry below and in {@code world.schema.json},
 * and the engine in the runner's world that answers it.
 *
 * <pre>{@code behaviour: {kind: lookup, table: orders, key: order_id}
 * tool.behaviour() instanceof ToolBehaviour.RecordAction r && r.emits() == ToolBehaviour.Emits.ESCALATION}</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ToolBehaviour.Lookup.class, name = "lookup"),
    @JsonSubTypes.Type(value = ToolBehaviour.ListRows.class, name = "list"),
    @JsonSubTypes.Type(value = ToolBehaviour.Search.class, name = "search"),
    @JsonSubTypes.Type(value = ToolBehaviour.RecordAction.class, name = "record"),
})
public sealed interface ToolBehaviour
        permits ToolBehaviour.Lookup, ToolBehaviour.ListRows, ToolBehaviour.Search, ToolBehaviour.RecordAction {

    /** A behaviour reading rows of a data table, answering only {@code fields} of them (all when empty). */
    interface TableRead {
        String table();

        List<String> fields();
    }

    /** A behaviour answering a list, held by the answer field {@code wrap}. */
    interface ListAnswer {
        String wrap();
    }

    /** {@code lookup}: the row of {@code table} whose {@code key} column equals the argument {@code key}. */
    record Lookup(String table, String key, List<String> fields) implements ToolBehaviour, TableRead {
        public Lookup {
            Require.text(table, "table");
            Require.text(key, "key");
            fields = List.copyOf(fields == null ? List.of() : fields);
        }
    }

    /** {@code list}: the rows of {@code table} whose {@code filter} column equals the argument {@code filter}, under {@code wrap}. */
    record ListRows(String table, String filter, List<String> fields, String wrap) implements ToolBehaviour, TableRead, ListAnswer {
        public ListRows {
            Require.text(table, "table");
            Require.text(filter, "filter");
            Require.text(wrap, "wrap");
            fields = List.copyOf(fields == null ? List.of() : fields);
        }
    }

    /** {@code search}: the document versions matching the {@code query} argument, under {@code wrap}. */
    record Search(String wrap) implements ToolBehaviour, ListAnswer {
        public Search {
            Require.text(wrap, "wrap");
        }
    }

    /**
     * {@code record}: an action appending to the state {@code collection}. {@code ownedBy} makes it
     * check that the row its argument names belongs to the authenticated subject; {@code emits} says
     * which trace event the record is, besides a state change.
     */
    record RecordAction(String collection, String idField, String idPrefix, OwnedBy ownedBy, Map<String, JsonNode> result, Emits emits)
            implements ToolBehaviour {
        public RecordAction {
            Require.text(collection, "collection");
            result = result == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(result));
            emits = emits == null ? Emits.STATE_CHANGE : emits;
        }

        /** True when the record hands the conversation to a person. */
        public boolean handsOff() {
            return emits == Emits.ESCALATION;
        }
    }

    enum Emits {
        STATE_CHANGE, APPROVAL, ESCALATION;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The argument naming a row of {@code table} that must belong to the authenticated subject. */
    record OwnedBy(String argument, String table) {
        public OwnedBy {
            Require.text(argument, "argument");
            Require.text(table, "table");
        }
    }
}
