package dev.curveball.judge.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.reading.Act;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ApprovalRequested;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.Escalation;
import dev.curveball.core.trace.FaultInjected;
import dev.curveball.core.trace.StateChange;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.Usage;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.trace.WorldState;
import dev.curveball.core.world.FaultKind;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Crafts acme-support traces for check tests, one event per call, in order. JSON may use single
 * quotes so tests stay readable; results, faults, approvals, escalations and state changes attach
 * to the last tool call. A reply given with acts carries them as its recorded reading, the way the
 * runner records what its reader read; a reply given as text alone carries none, so the judge reads
 * it itself, as it does for traces written before replies were read in the run.
 *
 * <pre>{@code Trace t = TraceBuilder.of("s1")
 *     .user("refund my headphones please")
 *     .toolCall("issue_refund", "{'order_id':'A-5001','amount':249.00}").toolResult(200, "{'status':'issued'}")
 *     .agent("Your refund has been issued.", Acts.done("issue_refund", "A-5001"))
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

    /** A user message played with a persona tactic ({@code demand-exceptions}, {@code change-mind}...). */
    public TraceBuilder user(String text, String tactic) {
        return add(new UserMessage(next(), text, tactic));
    }

    /** A reply with no recorded reading: the judge reads its text with the offline reader. */
    public TraceBuilder agent(String text) {
        return add(new AgentMessage(next(), text, 100));
    }

    /** A reply whose recorded reading is exactly these acts (none: a reply that does nothing a check reads). */
    public TraceBuilder agent(String text, Act... acts) {
        return add(new AgentMessage(next(), text, 100, new ReplyReading(List.of(acts), "test")));
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

    /** The gateway injected a fault into the last call (detail as the runner writes it: "dropped fields: line_items"). */
    public TraceBuilder fault(FaultKind kind, String detail) {
        return add(new FaultInjected(next(), lastCall().callId(), lastCall().tool(), kind, detail));
    }

    /** The last call (a hand-off tool) handed the conversation to a person. */
    public TraceBuilder escalation() {
        return add(new Escalation(next(), lastCall().callId(), "HT-" + (events.size() + 1), lastCall().arguments()));
    }

    /**
     * A read (lookup or list) answered 200 the way acme-support's engine answers it, from the
     * world's data: the row of the tool's table under the key argument, projected to the tool's
     * fields, or the rows the filter argument selects under the tool's wrap.
     */
    public TraceBuilder read(String tool, String arguments) {
        toolCall(tool, arguments);
        return add(new ToolResult(next(), lastCall().callId(), tool, 200, WorldAnswers.of(AcmeWorld.get(), tool, lastCall().arguments()), 5));
    }

    /**
     * A read the gateway answered with {@code dropped} fields missing, recorded the way the runner
     * records a partial-data fault: the call, the fault ("dropped fields: line_items"), the answer.
     */
    public TraceBuilder partialRead(String tool, String arguments, String... dropped) {
        toolCall(tool, arguments);
        fault(FaultKind.PARTIAL_DATA, "dropped fields: " + String.join(", ", dropped));
        JsonNode answer = WorldAnswers.of(AcmeWorld.get(), tool, lastCall().arguments());
        WorldAnswers.drop(answer, List.of(dropped));
        return add(new ToolResult(next(), lastCall().callId(), tool, 200, answer, 5));
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

    /** A usage of {@code role}, {@code tokens} in and none out, at {@code costUsd} (null: unpriced). */
    public TraceBuilder usage(dev.curveball.core.cost.Role role, long tokens, String costUsd) {
        return add(new Usage(next(), tokens, 0, costUsd == null ? null : new BigDecimal(costUsd), role, null, null));
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
