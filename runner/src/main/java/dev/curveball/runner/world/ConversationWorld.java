package dev.curveball.runner.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.fault.FaultAnswer;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.ApprovalRequested;
import dev.curveball.core.trace.Escalation;
import dev.curveball.core.trace.FaultInjected;
import dev.curveball.core.trace.StateChange;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.WorldState;
import dev.curveball.core.world.FaultSpec;
import dev.curveball.core.world.ToolArguments;
import dev.curveball.core.world.ToolBehaviour;
import dev.curveball.core.world.ToolDefinition;
import dev.curveball.core.world.World;
import dev.curveball.runner.trace.TraceRecorder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The world of one conversation: executes the declarative tool behaviours against the world's
 * tables and documents as the scenario's user, injects the scenario's faults, keeps the state the
 * tools changed, and records every call in the trace. A tool failure is an answer (status and
 * {@code {"error": ...}}), never an exception. Thread-safe: an agent may call tools in parallel.
 *
 * <pre>{@code ConversationWorld world = new ConversationWorld(acme, scenario, recorder);
 * ToolResponse r = world.call("get_order", Json.mapper().readTree("{\"order_id\":\"A-5003\"}"));
 * r.status(); // 403 when the scenario's user is C-1001
 * world.finalState().collection("refunds");}</pre>
 */
public final class ConversationWorld {
    private final World world;
    private final TraceRecorder recorder;
    private final FaultPlan faults;
    private final TableQueries tables;
    private final DocumentSearch search;
    private final RecordTool records;
    private final StateCollections state = new StateCollections();
    private final Map<String, Integer> callsPerTool = new HashMap<>();
    private int calls;
    private int refused;

    public ConversationWorld(World world, Scenario scenario, TraceRecorder recorder) {
        this.world = world;
        this.recorder = recorder;
        this.faults = new FaultPlan(scenario.faults());
        PermissionBoundary boundary = new PermissionBoundary(scenario.user().id(), scenario.user().role());
        this.tables = new TableQueries(world, boundary, state);
        this.search = new DocumentSearch(world.documents());
        this.records = new RecordTool(world, boundary, new Settings(scenario.settings(), world.settings()), state);
    }

    public World world() {
        return world;
    }

    /** Calls {@code tool} with {@code arguments} as the agent did, and answers as the gateway would. */
    public ToolResponse call(String tool, JsonNode arguments) {
        long started = System.nanoTime();
        Invocation invocation = begin(tool, arguments == null ? NullNode.getInstance() : arguments.deepCopy());
        ToolAnswer answer = invocation.faults().stream().filter(FaultPlan::replacesAnswer).findFirst()
                .map(this::answerInstead)
                .orElseGet(() -> run(invocation));
        long latencyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        // The trace keeps its own copy: an in-process agent may edit the body it is handed.
        recorder.record(new ToolResult(recorder.now(), invocation.callId(), tool, answer.status(), answer.body().deepCopy(), latencyMs));
        return answer.response();
    }

    /**
     * Records a call the gateway refused before it reached this world (the agent aimed it at
     * another conversation): a {@link ToolCall} numbered 0 and its answer, in the trace only. It
     * changes no state and does not count in the fault schedule.
     */
    public void recordRefused(String tool, JsonNode arguments, ToolResponse answer) {
        String callId;
        synchronized (this) {
            callId = "r" + ++refused;
        }
        recorder.record(new ToolCall(recorder.now(), callId, tool, 0, arguments == null ? NullNode.getInstance() : arguments.deepCopy()));
        recorder.record(new ToolResult(recorder.now(), callId, tool, answer.status(), answer.body().deepCopy(), 0));
    }

    /** The state collections the tools changed so far (refunds, approvals, escalations...). */
    public synchronized WorldState finalState() {
        return state.snapshot();
    }

    /**
     * Numbers the call and records it with the faults that fire on it. Every call counts, faulted
     * or not, so a fault schedule follows the agent's retries.
     */
    private synchronized Invocation begin(String tool, JsonNode arguments) {
        calls++;
        int call = callsPerTool.merge(tool, 1, Integer::sum);
        Optional<ToolDefinition> definition = world.tool(tool);
        List<FaultSpec> fired = definition.isPresent() ? faults.firing(tool, call) : List.of();
        Invocation invocation = new Invocation("c" + calls, tool, definition.orElse(null), call, arguments, fired);
        recorder.record(new ToolCall(recorder.now(), invocation.callId(), tool, call, arguments));
        fired.forEach(f -> recorder.record(new FaultInjected(recorder.now(), invocation.callId(), tool, f.kind(), FaultPlan.detail(f))));
        return invocation;
    }

    /** A fault's answer in place of the tool's; a delay (a timeout's) keeps the caller waiting, holding no lock. */
    private ToolAnswer answerInstead(FaultSpec fault) {
        FaultAnswer instead = FaultPlan.answerInstead(fault).orElseThrow();
        if (instead.delayMs() > 0) {
            try {
                Thread.sleep(instead.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ToolAnswer.error(instead.status(), instead.error());
    }

    private ToolAnswer run(Invocation invocation) {
        ToolAnswer answer;
        try {
            answer = execute(invocation);
        } catch (RuntimeException e) {
            // An engine bug must still end the call in the trace and give the agent an answer.
            answer = ToolAnswer.error(500, "world engine failure in tool " + invocation.tool() + ": " + e);
        }
        String wrap = invocation.definition() != null && invocation.definition().behaviour() instanceof ToolBehaviour.ListAnswer list ? list.wrap() : null;
        for (FaultSpec fault : invocation.faults()) {
            answer = AnswerReshaping.apply(answer, fault, wrap);
        }
        return answer;
    }

    /** Runs the behaviour under the lock, so state changes and their events keep the order they happened in. */
    private synchronized ToolAnswer execute(Invocation invocation) {
        ToolDefinition definition = invocation.definition();
        if (definition == null) {
            return ToolAnswer.notFound("unknown tool '" + invocation.tool() + "'; known: " + String.join(", ", world.toolNames()));
        }
        Optional<ToolAnswer> invalid = validate(invocation);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        ToolAnswer answer = answer(invocation, definition.behaviour());
        if (answer.stored() != null && definition.behaviour() instanceof ToolBehaviour.RecordAction record) {
            recordEffects(invocation, record, answer);
        }
        return answer;
    }

    /** The engine of each behaviour kind answers; a kind without one is an engine bug, answered 500 by {@link #run}. */
    private ToolAnswer answer(Invocation invocation, ToolBehaviour behaviour) {
        if (behaviour instanceof ToolBehaviour.Lookup lookup) {
            return tables.lookup(invocation, lookup);
        }
        if (behaviour instanceof ToolBehaviour.ListRows list) {
            return tables.list(invocation, list);
        }
        if (behaviour instanceof ToolBehaviour.Search documents) {
            return search.run(invocation, documents);
        }
        if (behaviour instanceof ToolBehaviour.RecordAction record) {
            return records.run(invocation, record);
        }
        throw new IllegalStateException("no engine answers " + behaviour.getClass().getSimpleName() + " behaviours");
    }

    /** Arguments that do not fit the tool's schema are answered 400 with the schema's complaint, before any engine runs. */
    private static Optional<ToolAnswer> validate(Invocation invocation) {
        return ToolArguments.problem(invocation.definition(), invocation.arguments())
                .map(problem -> ToolAnswer.badRequest(problem + " for tool " + invocation.tool()));
    }

    private void recordEffects(Invocation invocation, ToolBehaviour.RecordAction behaviour, ToolAnswer answer) {
        ObjectNode stored = answer.stored();
        String id = behaviour.idField() == null ? null : stored.path(behaviour.idField()).asText(null);
        recorder.record(new StateChange(recorder.now(), invocation.callId(), invocation.tool(), behaviour.collection(), stored.deepCopy()));
        switch (behaviour.emits()) {
            case APPROVAL -> recorder.record(new ApprovalRequested(recorder.now(), invocation.callId(), id,
                    answer.body().path("status").asText(null), invocation.arguments().deepCopy()));
            case ESCALATION -> recorder.record(new Escalation(recorder.now(), invocation.callId(), id, invocation.arguments().deepCopy()));
            case STATE_CHANGE -> {
                // the state change above is the whole story
            }
        }
    }
}
