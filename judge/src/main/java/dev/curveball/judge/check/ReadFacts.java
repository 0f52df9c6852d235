package dev.curveball.judge.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts the agent's tools returned: every field of every record found in a 2xx answer, with
 * the record it belongs to. A JSON object of an answer is about a record when one of its fields
 * holds that record's id under its table's key ({@code "order_id": "A-5001"}); when an object holds
 * several ids (an order names its customer too), it is about the record whose table's columns it
 * shares most (the order).
 *
 * <pre>{@code ReadFacts facts = ReadFacts.of(calls, records);
 * facts.of("A-5001", "total", replyIndex)  // [Seen(get_invoice at event 4, total = 249.00)]}</pre>
 */
final class ReadFacts {
    /** A value of {@code field} for {@code entity} in the answer to {@code call}. */
    record Seen(ToolCalls.Call call, String entity, String field, JsonNode value) {
        int event() {
            return call.resultEvent();
        }
    }

    private final List<Seen> seen;

    private ReadFacts(List<Seen> seen) {
        this.seen = List.copyOf(seen);
    }

    static ReadFacts of(ToolCalls calls, WorldRecords records) {
        List<Seen> seen = new ArrayList<>();
        for (ToolCalls.Call call : calls.all()) {
            if (call.ok() && call.result().result() != null) {
                collect(call, call.result().result(), records, seen);
            }
        }
        return new ReadFacts(seen);
    }

    /** Every value of {@code field} read for {@code entity} (any record when null) before trace event {@code before}. */
    List<Seen> of(String entity, String field, int before) {
        return seen.stream().filter(s -> s.event() < before && s.field().equals(field)
                && (entity == null || WorldRecords.sameId(s.entity(), entity))).toList();
    }

    /** Every field read for {@code entity} before trace event {@code before}. */
    List<Seen> about(String entity, int before) {
        return seen.stream().filter(s -> s.event() < before && WorldRecords.sameId(s.entity(), entity)).toList();
    }

    /** The fields the answer to {@code call} gave for {@code entity}. */
    List<Seen> in(ToolCalls.Call call, String entity) {
        return seen.stream().filter(s -> s.call() == call && (entity == null || WorldRecords.sameId(s.entity(), entity))).toList();
    }

    private static void collect(ToolCalls.Call call, JsonNode node, WorldRecords records, List<Seen> seen) {
        if (node.isArray()) {
            node.forEach(element -> collect(call, element, records, seen));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        for (String entity : aboutWhom(object, records)) {
            object.properties().forEach(field -> seen.add(new Seen(call, entity, field.getKey(), field.getValue())));
        }
        object.properties().forEach(field -> {
            if (field.getValue().isContainerNode()) {
                collect(call, field.getValue(), records, seen);
            }
        });
    }

    /** The records the object is about: ids under their key, those whose table shares most of its columns first. */
    private static List<String> aboutWhom(ObjectNode object, WorldRecords records) {
        List<String> candidates = new ArrayList<>();
        int best = 0;
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!field.getValue().isTextual() || !records.isKey(field.getValue().asText(), field.getKey())) {
                continue;
            }
            String id = records.spelling(field.getValue().asText());
            int shared = sharedColumns(object, records.entry(id).orElseThrow());
            if (shared > best) {
                candidates.clear();
                best = shared;
            }
            if (shared == best && !candidates.contains(id)) {
                candidates.add(id);
            }
        }
        return candidates;
    }

    private static int sharedColumns(ObjectNode object, WorldRecords.Entry entry) {
        Set<String> columns = new HashSet<>();
        entry.rows().forEach(r -> r.row().fieldNames().forEachRemaining(columns::add));
        int shared = 0;
        for (String name : (Iterable<String>) object::fieldNames) {
            if (columns.contains(name)) {
                shared++;
            }
        }
        return shared;
    }
}
