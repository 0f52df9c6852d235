package dev.curveball.examples.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import dev.curveball.core.world.Document;
import dev.curveball.core.world.Table;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-test version of the starter suite's bookstore world for the starter agent: answers the
 * lookup, list, search and hand-off tools from the world's own data for one member, fails a tool
 * when a test says so, and records every call. The real world engine lives in {@code runner}.
 *
 * <pre>{@code StarterTools tools = StarterTools.forMember("M-100").failingAlways("lookup_member", 429);
 * agent.respond(turn, tools);
 * tools.calls("lookup_member") // two calls: the first and one retry}</pre>
 */
public final class StarterTools implements ToolClient {
    /** Surefire runs in the examples module directory, where the suite's files live. */
    private static final World WORLD = WorldLoader.load(Path.of("starter-suite", "world"));

    private final String memberId;
    private final Map<String, Integer> alwaysFailing = new HashMap<>();
    private final List<RecordedCall> calls = new ArrayList<>();
    private boolean supersededFirst;

    private StarterTools(String memberId) {
        this.memberId = memberId;
    }

    public static StarterTools forMember(String memberId) {
        return new StarterTools(memberId);
    }

    public static World world() {
        return WORLD;
    }

    public StarterTools failingAlways(String tool, int status) {
        alwaysFailing.put(tool, status);
        return this;
    }

    public StarterTools supersededFirst() {
        supersededFirst = true;
        return this;
    }

    @Override
    public ToolResponse call(String tool, JsonNode arguments) {
        Integer failure = alwaysFailing.get(tool);
        ToolResponse response = failure != null ? new ToolResponse(failure, Json.object().put("error", "injected failure " + failure))
                : answer(tool, arguments);
        calls.add(new RecordedCall(tool, arguments.deepCopy(), response.status()));
        return response;
    }

    public List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    public List<RecordedCall> calls(String tool) {
        return calls.stream().filter(c -> c.tool().equals(tool)).toList();
    }

    private ToolResponse answer(String tool, JsonNode arguments) {
        return switch (tool) {
            case "lookup_member" -> ownOnly(arguments.path("member_id").asText(), () -> WORLD.tables().get("members").row(memberId).orElseThrow());
            case "list_orders" -> ownOnly(arguments.path("member_id").asText(), this::orders);
            case "search_help" -> ok(search());
            case "escalate_to_human" -> ok(Json.object().put("ticket_id", "HT-0001").put("queue", "bookstore-team"));
            default -> new ToolResponse(500, Json.object().put("error", "StarterTools does not answer " + tool));
        };
    }

    private ToolResponse ownOnly(String asked, java.util.function.Supplier<JsonNode> body) {
        return asked.equals(memberId) ? ok(body.get()) : new ToolResponse(403, Json.object().put("error", "permission denied"));
    }

    private ObjectNode orders() {
        Table orders = WORLD.tables().get("orders");
        ArrayNode mine = Json.mapper().createArrayNode();
        orders.rows().stream().filter(r -> r.path("member_id").asText().equals(memberId)).forEach(r -> mine.add(r.deepCopy()));
        ObjectNode body = Json.object();
        body.set("orders", mine);
        return body;
    }

    /** Every document version, current first (superseded first when a test says so). */
    private ObjectNode search() {
        Comparator<Document> order = Comparator.comparing(d -> (d.status() == Document.Status.CURRENT) == supersededFirst);
        ArrayNode results = Json.mapper().createArrayNode();
        WORLD.documents().stream().sorted(order).forEach(d -> results.add(Json.object().put("doc_id", d.docId())
                .put("title", d.title()).put("version", d.version()).put("effective_from", d.effectiveFrom().toString())
                .put("status", d.status().id()).put("text", d.text())));
        ObjectNode body = Json.object();
        body.set("results", results);
        return body;
    }

    private static ToolResponse ok(JsonNode body) {
        return new ToolResponse(200, body);
    }
}
