package dev.curveball.examples.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import dev.curveball.core.world.Document;
import dev.curveball.core.world.Table;
import dev.curveball.core.world.ToolBehaviour;
import dev.curveball.core.world.ToolDefinition;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers acme-support's tools from the world's data the simple way (lookup, list, search, record),
 * keeping the records the agent wrote. A stand-in for the runner's world engine in these tests:
 * no faults here, those are {@link FakeAcmeTools}' job (but for a dropped write, which must still
 * answer success). A lookup over a table named like a state collection also finds what the agent
 * stored there, so an agent can read its writes back.
 */
final class AcmeAnswers {
    enum Ranking { CURRENT_FIRST, SUPERSEDED_FIRST, NOTHING }

    private final World world;
    private final String customerId;
    private final Map<String, List<ObjectNode>> records = new LinkedHashMap<>();
    boolean enforceOwnership = true;
    Ranking ranking = Ranking.CURRENT_FIRST;
    String approvalStatus;
    /** Collections whose writes answer success and store nothing (a silent no-op). */
    final java.util.Set<String> droppedWrites = new java.util.HashSet<>();

    AcmeAnswers(World world, String customerId) {
        this.world = world;
        this.customerId = customerId;
        this.approvalStatus = world.settings().getOrDefault("approval_status", "pending");
    }

    List<ObjectNode> records(String collection) {
        return List.copyOf(records.getOrDefault(collection, List.of()));
    }

    ToolResponse answer(String toolName, JsonNode arguments) {
        Optional<ToolDefinition> tool = world.tool(toolName);
        if (tool.isEmpty()) {
            return error(404, "unknown tool " + toolName);
        }
        ToolBehaviour behaviour = tool.get().behaviour();
        if (behaviour instanceof ToolBehaviour.Lookup lookup) {
            return lookup(lookup, arguments);
        }
        if (behaviour instanceof ToolBehaviour.ListRows list) {
            return list(list, arguments);
        }
        if (behaviour instanceof ToolBehaviour.Search documents) {
            return new ToolResponse(200, Json.object().set(documents.wrap(), search()));
        }
        return record((ToolBehaviour.RecordAction) behaviour, arguments);
    }

    private ToolResponse lookup(ToolBehaviour.Lookup behaviour, JsonNode arguments) {
        Table table = world.table(behaviour.table()).orElseThrow();
        String key = arguments.path(behaviour.key()).asText(null);
        // A table sharing a state collection's name also holds what the agent stored there (read-back).
        Optional<ObjectNode> row = table.row(key).or(() -> records(behaviour.table()).stream()
                .filter(r -> key != null && key.equals(r.path(table.key()).asText(null))).findFirst());
        if (row.isEmpty()) {
            return error(404, "not found");
        }
        if (!ownedByCustomer(table, row.get())) {
            return error(403, "permission denied");
        }
        ObjectNode answer = row.get().deepCopy();
        if (!behaviour.fields().isEmpty()) {
            answer.retain(behaviour.fields());
        }
        return new ToolResponse(200, answer);
    }

    private ToolResponse list(ToolBehaviour.ListRows behaviour, JsonNode arguments) {
        String wanted = arguments.path(behaviour.filter()).asText("");
        if (enforceOwnership && !wanted.equals(customerId)) {
            return error(403, "permission denied");
        }
        ArrayNode rows = Json.mapper().createArrayNode();
        world.table(behaviour.table()).orElseThrow().rows().stream()
                .filter(row -> row.path(behaviour.filter()).asText("").equals(wanted))
                .forEach(rows::add);
        return new ToolResponse(200, Json.object().set(behaviour.wrap(), rows));
    }

    /** Every document, ranked as the scenario's fault says; the agents filter what they need. */
    private ArrayNode search() {
        ArrayNode results = Json.mapper().createArrayNode();
        if (ranking == Ranking.NOTHING) {
            return results;
        }
        Comparator<Document> order = Comparator.comparing(d -> d.status() == Document.Status.CURRENT ? 0 : 1);
        List<Document> ranked = new ArrayList<>(world.documents());
        ranked.sort(ranking == Ranking.CURRENT_FIRST ? order : order.reversed());
        for (Document doc : ranked) {
            results.add(Json.object().put("doc_id", doc.docId()).put("title", doc.title()).put("version", doc.version())
                    .put("effective_from", doc.effectiveFrom().toString()).put("status", doc.status().id()).put("text", doc.text()));
        }
        return results;
    }

    private ToolResponse record(ToolBehaviour.RecordAction behaviour, JsonNode arguments) {
        if (behaviour.ownedBy() != null) {
            Table table = world.table(behaviour.ownedBy().table()).orElseThrow();
            Optional<ObjectNode> row = table.row(arguments.path(behaviour.ownedBy().argument()).asText(null));
            if (row.isEmpty()) {
                return error(404, "not found");
            }
            if (!ownedByCustomer(table, row.get())) {
                return error(403, "permission denied");
            }
        }
        List<ObjectNode> collection = records.computeIfAbsent(behaviour.collection(), c -> new ArrayList<>());
        ObjectNode stored = arguments.deepCopy();
        ObjectNode answer = Json.object();
        if (behaviour.idField() != null) {
            String id = behaviour.idPrefix() + (collection.size() + 1);
            stored.put(behaviour.idField(), id);
            answer.put(behaviour.idField(), id);
        }
        behaviour.result().forEach((field, value) -> answer.set(field, substitute(value)));
        stored.setAll(answer);
        if (!droppedWrites.contains(behaviour.collection())) {
            collection.add(stored);
        }
        return new ToolResponse(200, answer);
    }

    private JsonNode substitute(JsonNode value) {
        return value.isTextual() && value.asText().equals("${approval_status}") ? Json.tree(approvalStatus) : value;
    }

    private boolean ownedByCustomer(Table table, ObjectNode row) {
        return !enforceOwnership || table.ownerOf(row).map(customerId::equals).orElse(true);
    }

    private static ToolResponse error(int status, String message) {
        return new ToolResponse(status, Json.object().put("error", message.toLowerCase(Locale.ROOT)));
    }
}
