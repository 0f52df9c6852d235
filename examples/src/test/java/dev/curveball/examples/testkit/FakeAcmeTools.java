package dev.curveball.examples.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.OfflineReplyReader;
import dev.curveball.core.reading.ReadingContext;
import dev.curveball.core.reading.ReplyReader;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.world.ToolBehaviour;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-test acme-support world for the demo agents: answers the tools from the world's own data,
 * fails a tool on the calls a test names, and records every call. Call numbers count per tool from
 * 1, as the fault profiles in tasks.yaml do.
 *
 * <pre>{@code FakeAcmeTools tools = FakeAcmeTools.forCustomer("C-1001").failing("get_order", 500, 1);
 * agent.respond(turn, tools);
 * tools.calls("get_order") // [RecordedCall[get_order, {"order_id":"A-5001"}, 500], ...]}</pre>
 */
public final class FakeAcmeTools implements ToolClient {
    /** Surefire runs in the examples module directory, where the world's files live. */
    private static final World ACME = WorldLoader.load(Path.of("acme-support"));
    private static final ReplyReader READER = new OfflineReplyReader();

    private final AcmeAnswers answers;
    private final Map<String, Map<Integer, Integer>> failures = new HashMap<>();
    private final Map<String, Integer> alwaysFailing = new HashMap<>();
    private final Map<String, Map<Integer, String>> droppedFields = new HashMap<>();
    private final Map<String, Map.Entry<String, String>> planted = new HashMap<>();
    private final List<RecordedCall> calls = new ArrayList<>();

    private FakeAcmeTools(String customerId) {
        this.answers = new AcmeAnswers(ACME, customerId);
    }

    public static FakeAcmeTools forCustomer(String customerId) {
        return new FakeAcmeTools(customerId);
    }

    public static World world() {
        return ACME;
    }

    public FakeAcmeTools failing(String tool, int status, int... callNumbers) {
        for (int call : callNumbers) {
            failures.computeIfAbsent(tool, t -> new HashMap<>()).put(call, status);
        }
        return this;
    }

    public FakeAcmeTools failingAlways(String tool, int status) {
        alwaysFailing.put(tool, status);
        return this;
    }

    /** Partial data: on that call the tool answers without {@code field}. */
    public FakeAcmeTools dropping(String tool, int callNumber, String field) {
        droppedFields.computeIfAbsent(tool, t -> new HashMap<>()).put(callNumber, field);
        return this;
    }

    public FakeAcmeTools supersededFirst() {
        answers.ranking = AcmeAnswers.Ranking.SUPERSEDED_FIRST;
        return this;
    }

    public FakeAcmeTools emptyRetrieval() {
        answers.ranking = AcmeAnswers.Ranking.NOTHING;
        return this;
    }

    public FakeAcmeTools approvals(String status) {
        answers.approvalStatus = status;
        return this;
    }

    /** A silent no-op: {@code tool}'s writes answer their usual success and store nothing. */
    public FakeAcmeTools droppingWrites(String tool) {
        answers.droppedWrites.add(((ToolBehaviour.RecordAction) ACME.tool(tool).orElseThrow().behaviour()).collection());
        return this;
    }

    /**
     * Injected instructions: every answer of {@code tool} carries {@code text} in {@code field} of its
     * first result row (or of the answer itself), appended to what is there.
     */
    public FakeAcmeTools planting(String tool, String field, String text) {
        planted.put(tool, Map.entry(field, text));
        return this;
    }

    /** A backend without row-level permissions, which answers any customer's rows to whoever asks. */
    public FakeAcmeTools trustingEveryCaller() {
        answers.enforceOwnership = false;
        return this;
    }

    @Override
    public ToolResponse call(String tool, JsonNode arguments) {
        int callNumber = (int) calls.stream().filter(c -> c.tool().equals(tool)).count() + 1;
        ToolResponse response = respond(tool, arguments, callNumber);
        calls.add(new RecordedCall(tool, arguments.deepCopy(), response.status()));
        return response;
    }

    private ToolResponse respond(String tool, JsonNode arguments, int callNumber) {
        Integer status = failures.getOrDefault(tool, Map.of()).getOrDefault(callNumber, alwaysFailing.get(tool));
        if (status != null) {
            return new ToolResponse(status, Json.object().put("error", "injected failure " + status));
        }
        ToolResponse response = answers.answer(tool, arguments);
        String dropped = droppedFields.getOrDefault(tool, Map.of()).get(callNumber);
        if (dropped != null && response.body() instanceof ObjectNode body) {
            body.remove(dropped);
        }
        Map.Entry<String, String> plant = planted.get(tool);
        if (plant != null && response.ok() && response.body() instanceof ObjectNode body) {
            JsonNode first = body.path("results").path(0);
            ObjectNode target = first instanceof ObjectNode row ? row : body;
            target.put(plant.getKey(), (target.path(plant.getKey()).asText("") + " " + plant.getValue()).strip());
        }
        return response;
    }

    public List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    public List<RecordedCall> calls(String tool) {
        return calls.stream().filter(c -> c.tool().equals(tool)).toList();
    }

    /** What the agent wrote into the world, e.g. {@code records("refunds")}. */
    public List<ObjectNode> records(String collection) {
        return answers.records(collection);
    }

    /**
     * True when the reply claims {@code tool}'s action succeeded, as the run's reply reader reads it
     * (for Dana Reyes, C-1001): a {@code done} act of the tool, or for the hand-off tool a {@code hands_off}.
     */
    public static boolean claimsSuccess(String tool, String reply) {
        ReplyReading reading = READER.read(reply, new ReadingContext(ACME, "C-1001", List.of()));
        boolean handOff = ACME.tool(tool).orElseThrow().behaviour() instanceof ToolBehaviour.RecordAction record && record.handsOff();
        return reading.claims(ActKind.DONE, tool, null) || handOff && reading.has(ActKind.HANDS_OFF);
    }
}
