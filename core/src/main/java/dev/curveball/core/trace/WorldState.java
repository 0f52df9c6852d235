package dev.curveball.core.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The world's state collections at the end of a conversation (refunds, approvals, escalations,
 * ticket updates), each a list of records in the order they were made.
 */
public record WorldState(Map<String, List<JsonNode>> collections) {
    public static final WorldState EMPTY = new WorldState(Map.of());

    public WorldState {
        Map<String, List<JsonNode>> copy = new TreeMap<>();
        (collections == null ? Map.<String, List<JsonNode>>of() : collections).forEach((k, v) -> copy.put(k, List.copyOf(v)));
        collections = java.util.Collections.unmodifiableMap(copy);
    }

    public List<JsonNode> collection(String name) {
        return collections.getOrDefault(name, List.of());
    }
}
