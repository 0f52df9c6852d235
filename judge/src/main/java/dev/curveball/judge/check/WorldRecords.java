package dev.curveball.judge.check;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.world.Table;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The records of a world by id, as the judge needs them: which tables hold a row under that key
 * (an acme order id keys an order and its invoice), and who owns it (a subject owns its own row).
 * Ids compare the way people write them: case and separators aside, "a5001" is "A-5001".
 *
 * <pre>{@code WorldRecords.of(acme).owner("A-5003")  // Optional[C-1002]
 * WorldRecords.of(acme).isSubject("C-1002")        // true: a customer's own id}</pre>
 */
final class WorldRecords {
    /** A row of a table, under its table's name. */
    record Row(String table, ObjectNode row) {
    }

    /** One id: its rows, in table-name order, and its owner (null when no table says). */
    record Entry(String id, List<Row> rows, String owner) {
    }

    private final World world;
    private final Map<String, Entry> byId;

    private WorldRecords(World world, Map<String, Entry> byId) {
        this.world = world;
        this.byId = byId;
    }

    static WorldRecords of(World world) {
        Map<String, String> owners = new LinkedHashMap<>();
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        String subjectTable = world.subject().table();
        for (Map.Entry<String, Table> t : new TreeMap<>(world.tables()).entrySet()) {
            Table table = t.getValue();
            for (ObjectNode row : table.rows()) {
                String id = row.path(table.key()).asText("");
                if (id.isBlank()) {
                    continue;
                }
                String key = canonical(id);
                ids.putIfAbsent(key, id);
                rows.computeIfAbsent(key, k -> new ArrayList<>()).add(new Row(t.getKey(), row));
                Optional<String> owner = t.getKey().equals(subjectTable) ? Optional.of(id) : table.ownerOf(row);
                owner.ifPresent(o -> owners.putIfAbsent(key, o));
            }
        }
        Map<String, Entry> byId = new LinkedHashMap<>();
        ids.forEach((key, id) -> byId.put(key, new Entry(id, List.copyOf(rows.get(key)), owners.get(key))));
        return new WorldRecords(world, byId);
    }

    /** Whether two ids are the same, whatever case and separators they are written with. */
    static boolean sameId(String a, String b) {
        return a != null && b != null && !canonical(a).isEmpty() && canonical(a).equals(canonical(b));
    }

    Optional<Entry> entry(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(canonical(id)));
    }

    /** The world's spelling of an id ("A-5001" for "a5001"), or the id itself when no record has it. */
    String spelling(String id) {
        return entry(id).map(Entry::id).orElse(id);
    }

    Optional<String> owner(String id) {
        return entry(id).map(Entry::owner);
    }

    /** Whether the id is a record someone other than {@code subject} owns. */
    boolean ownedByOther(String id, String subject) {
        return owner(id).map(o -> !sameId(o, subject)).orElse(false);
    }

    /** Whether the id is a subject's own id (a customer id in acme-support). */
    boolean isSubject(String id) {
        return entry(id).map(e -> e.rows().stream().anyMatch(r -> r.table().equals(world.subject().table()))).orElse(false);
    }

    /** Whether {@code field} is the key column of a table holding the id. */
    boolean isKey(String id, String field) {
        return entry(id).map(e -> e.rows().stream().anyMatch(r -> world.tables().get(r.table()).key().equals(field))).orElse(false);
    }

    /**
     * "order A-5003" for a reader: the id under the table it is most its own in, one that says what
     * identifies its rows (orders, not the invoices keyed by order id), in the singular.
     */
    String describe(String id) {
        return entry(id).map(e -> singular(e.rows().stream().map(Row::table)
                .filter(t -> !world.tables().get(t).identifying().isEmpty()).findFirst()
                .orElse(e.rows().get(0).table())) + " " + e.id()).orElse(id);
    }

    static String singular(String table) {
        return table.endsWith("s") ? table.substring(0, table.length() - 1) : table;
    }

    private static String canonical(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
