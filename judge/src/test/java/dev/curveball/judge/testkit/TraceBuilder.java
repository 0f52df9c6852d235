package dev.curveball.judge.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ApprovalRequested;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.StateChange;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.Usage;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.trace.WorldState;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Crafts traces for check tests, one event per call, in order. JSON may use single quotes so tests
 * stay readable; results, approvals and state changes attach to the last tool call.
 *
 * <pre>{@code Trace t = TraceBuilder.of("s1")
 *     .user("refund my headphones please")
 *     .toolCall("issue_refund", "{'order_id':'A-5001','amount':249.00}").toolResult(200, "{'status':'issued'}")
 *     .agent("Your refund has been issued.")
 *     .end(EndReason.GOAL_MET)
 *     .build();}</pre>
 */
public final class TraceBuilder {
    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    private final String scenarioId;
    private final List<TraceEvent> events = new ArrayList<>();
    private final Map<String, List<JsonNode>> state = new LinkedHashMap<>();
    private final Map<String, Integer> callsPerTool = new HashMap<>();
    private int trial = 1;
    private ToolCall lastCall;

    private TraceBuilder(String scenarioId) {
        this.scenarioId = scenarioId;
    }

    public static TraceBuilder of(String scenarioId) {
        return new TraceBuilder(scenarioId);
    }

    /** Parses test JSON, where single quotes stand for double quotes. */
    public static JsonNode json(String relaxed) {
        try {
            return Json.mapper().readTree(relaxed.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TraceBuilder trial(int trial) {
        this.trial = trial;
        return this;
    }

    public TraceBuilder user(String text) {
        return add(new UserMessage(next(), text));
    }

    public TraceBuilder agent(String text) {
        return add(new AgentMessage(next(), text, 100));
    }

    public TraceBuilder toolCall(String tool, String arguments) {
        String callId = "c" + (events.size() + 1);
        lastCall = new ToolCall(next(), callId, tool, callsPerTool.merge(tool, 1, Integer::sum), json(arguments));
        return add(lastCall);
    }

    public TraceBuilder toolResult(int status, String result) {
        return add(new ToolResult(next(), lastCall().callId(), lastCall().tool(), status, json(result), 5));
    }

    /** A tool call and its answer in one step. */
    public TraceBuilder call(String tool, String arguments, int status) {
        return toolCall(tool, arguments).toolResult(status, status == 200 ? "{}" : "{'error':'status " + status + "'}");
    }

    /** The world's answer to the last call (a request_approval): an approval with this status for the call's arguments. */
    public TraceBuilder approval(String status) {
        return add(new ApprovalRequested(next(), lastCall().callId(), "AP-" + (events.size() + 1), status, lastCall().arguments()));
    }

    /** The last call added {@code record} to the world state collection; it also lands in the final state. */
    public TraceBuilder stateChange(String collection, String record) {
        JsonNode node = json(record);
        state.computeIfAbsent(collection, c -> new ArrayList<>()).add(node);
        return add(new StateChange(next(), lastCall().callId(), lastCall().tool(), collection, node));
    }

    public TraceBuilder usage(String costUsd) {
        return add(new Usage(next(), 100, 50, new BigDecimal(costUsd)));
    }

    public TraceBuilder error(ErrorEvent.Source source, String message) {
        return add(new ErrorEvent(next(), source, message));
    }

    public TraceBuilder end(EndReason reason) {
        return add(new ConversationEnd(next(), reason, 1, ""));
    }

    /** The index of the event added last, for asserting where a check broke. */
    public int lastIndex() {
        return events.size() - 1;
    }

    public Trace build() {
        return new Trace(Trace.SCHEMA_VERSION, scenarioId, trial, scenarioId + "-t" + trial, "test-agent", events, new WorldState(state));
    }

    private TraceBuilder add(TraceEvent event) {
        events.add(event);
        return this;
    }

    private Instant next() {
        return START.plusSeconds(events.size());
    }

    private ToolCall lastCall() {
        if (lastCall == null) {
            throw new IllegalStateException("add a toolCall(...) before its result, approval or state change");
        }
        return lastCall;
    }
}
