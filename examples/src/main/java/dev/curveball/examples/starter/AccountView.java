package dev.curveball.examples.starter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the account reads found for the authenticated user: the ids of their records by kind
 * ({@code order -> [B-301, B-302]}, from each listed row's first {@code *_id} field) and the reads
 * that failed. Only ids are kept: a record may hold fields the user must never see (internal notes),
 * and the starter agent cannot tell which, so it repeats none of them.
 *
 * <pre>{@code AccountView view = AccountView.read(catalogue, "M-100", tools, true);
 * view.owns("B-303")  // false: someone else's order}</pre>
 */
record AccountView(Map<String, List<String>> idsByKind, List<String> failed) {
    /** Statuses worth one more try: a rate limit or a timeout may pass; a 403 or 404 will not. */
    private static final Set<Integer> TRANSIENT = Set.of(429, 500, 502, 503, 504);
    private static final String LIST_PREFIX = "list_";

    AccountView {
        idsByKind = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(idsByKind));
        failed = List.copyOf(failed);
    }

    /**
     * Calls the account reads with the user's id, each retried once on a transient failure. Lookups
     * run on the first turn only (what they answer does not change, and a lookup that keeps failing
     * must not be hammered turn after turn); lists run every turn, to check the ids the user names.
     */
    static AccountView read(ToolCatalogue catalogue, String userId, ToolClient tools, boolean firstTurn) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        for (String tool : catalogue.accountReads()) {
            if (!firstTurn && !tool.startsWith(LIST_PREFIX)) {
                continue;
            }
            ToolResponse response = callWithOneRetry(tools, tool, Json.object().put(catalogue.subjectArgument(), userId));
            if (response.ok() && response.body() != null) {
                collectIds(response.body(), catalogue.subjectArgument(), ids);
            } else {
                failed.add(tool);
            }
        }
        return new AccountView(ids, failed);
    }

    static ToolResponse callWithOneRetry(ToolClient tools, String tool, JsonNode arguments) {
        ToolResponse response = tools.call(tool, arguments);
        return !response.ok() && TRANSIENT.contains(response.status()) ? tools.call(tool, arguments) : response;
    }

    boolean owns(String id) {
        return idsByKind.values().stream().anyMatch(ids -> ids.contains(id));
    }

    /** The first kind of record the user has, and its ids: what to ask about when the user names none. */
    Optional<Map.Entry<String, List<String>>> firstKind() {
        return idsByKind.entrySet().stream().filter(e -> !e.getValue().isEmpty()).findFirst();
    }

    /** {@code {"orders": [{"order_id": "B-301", ...}, ...]}} adds {@code order -> [B-301, ...]}. */
    private static void collectIds(JsonNode body, String subjectArgument, Map<String, List<String>> ids) {
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isArray()) {
                continue;
            }
            List<String> kindIds = ids.computeIfAbsent(singular(field.getKey()), k -> new ArrayList<>());
            for (JsonNode row : field.getValue()) {
                firstId(row, subjectArgument).filter(id -> !kindIds.contains(id)).ifPresent(kindIds::add);
            }
        }
    }

    private static Optional<String> firstId(JsonNode row, String subjectArgument) {
        Iterator<Map.Entry<String, JsonNode>> fields = row.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().endsWith("_id") && !field.getKey().equals(subjectArgument) && field.getValue().isValueNode()) {
                return Optional.of(field.getValue().asText());
            }
        }
        return Optional.empty();
    }

    private static String singular(String plural) {
        return plural.length() > 1 && plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }
}
