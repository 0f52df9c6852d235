package dev.curveball.core.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.error.CurveballException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every row of every table has its key, once: tools look rows up by it, so a row
 * without one is unreachable and a second row with the same key is silently shadowed. Errors are
 * located at the row in {@code data.yaml}, where the mistake is
 * ({@code data.yaml:20:9: field 'tables.orders.rows[1].order_id': order_id 'A-5001' is given twice ...}),
 * not at the task that later fails to find the row.
 */
final class TableKeys {
    private static final Pattern LINE = Pattern.compile(":(\\d+):\\d+$");

    private TableKeys() {
    }

    /** {@code dataAt} turns a field path such as {@code tables.orders.rows[1]} into {@code data.yaml:line:column}. */
    static void check(Map<String, Table> tables, UnaryOperator<String> dataAt) {
        new TreeMap<>(tables == null ? Map.<String, Table>of() : tables).forEach((name, table) -> check(name, table, dataAt));
    }

    private static void check(String name, Table table, UnaryOperator<String> dataAt) {
        Map<String, Integer> seen = new HashMap<>();
        List<ObjectNode> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            String row = "tables." + name + ".rows[" + r + "]";
            JsonNode key = rows.get(r).get(table.key());
            if (key == null || key.isNull() || (key.isValueNode() && key.asText().isBlank())) {
                throw error(dataAt, row, "the row has no '" + table.key() + "', the key column of table '" + name
                        + "'; give it one (rows are looked up by it)");
            }
            if (!key.isValueNode()) {
                throw error(dataAt, row + "." + table.key(), "a key must be a single value (text or a number), not a "
                        + (key.isArray() ? "list" : "mapping"));
            }
            Integer first = seen.putIfAbsent(key.asText(), r);
            if (first != null) {
                String earlier = "tables." + name + ".rows[" + first + "]";
                throw error(dataAt, row + "." + table.key(), table.key() + " '" + key.asText() + "' is given twice, first in "
                        + earlier + line(dataAt.apply(earlier)) + "; each row needs its own key");
            }
        }
    }

    /** {@code " (line 18)"} out of {@code data.yaml:18:9}; nothing when the place is not known. */
    private static String line(String where) {
        Matcher m = LINE.matcher(where);
        return m.find() ? " (line " + m.group(1) + ")" : "";
    }

    private static CurveballException error(UnaryOperator<String> at, String field, String message) {
        return CurveballException.invalidInput(at.apply(field) + ": field '" + field + "': " + message);
    }
}
