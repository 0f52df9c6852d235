package dev.curveball.runner.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.trace.WorldState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records a conversation's tools made (refunds, approvals, escalations, ticket updates), and
 * the per-collection counters their ids come from. Not thread-safe: the world engine holds its
 * lock around every use.
 */
final class StateCollections {
    private final Map<String, List<ObjectNode>> collections = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();

    /** The next id of {@code collection}: {@code prefix} and a zero-padded counter, e.g. {@code RF-0001}. */
    String nextId(String collection, String prefix) {
        int n = counters.merge(collection, 1, Integer::sum);
        return (prefix == null ? "" : prefix) + String.format("%04d", n);
    }

    void append(String collection, ObjectNode record) {
        collections.computeIfAbsent(collection, c -> new ArrayList<>()).add(record);
    }

    /** The records of {@code collection} so far, oldest first (a view: callers copy what they hand out). */
    List<ObjectNode> records(String collection) {
        return java.util.Collections.unmodifiableList(collections.getOrDefault(collection, List.of()));
    }

    /** A copy of every collection, so later calls cannot change a snapshot already handed out. */
    WorldState snapshot() {
        Map<String, List<JsonNode>> copy = new LinkedHashMap<>();
        collections.forEach((name, records) -> copy.put(name, records.stream().map(r -> (JsonNode) r.deepCopy()).toList()));
        return new WorldState(copy);
    }
}
