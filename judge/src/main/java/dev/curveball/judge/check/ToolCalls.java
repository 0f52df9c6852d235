package dev.curveball.judge.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.trace.ApprovalRequested;
import dev.curveball.core.trace.Escalation;
import dev.curveball.core.trace.FaultInjected;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The tool calls of a conversation, each joined with what happened to it: the gateway's answer,
 * the faults injected into it, and the approval or escalation it produced. A call "names" a record
 * when one of its arguments is that record's id ({@code issue_refund {order_id: A-5001}} names
 * A-5001); a call succeeded when it was answered 2xx.
 *
 * <pre>{@code ToolCalls calls = ToolCalls.of(trace);
 * calls.firstSuccess("issue_refund", "A-5001", replyIndex)  // the refund that confirms a claim, if any}</pre>
 */
final class ToolCalls {

    /** One call and what became of it; {@code resultEvent} is -1 while unanswered. */
    record Call(int event, ToolCall call, ToolResult result, int resultEvent, List<FaultInjected> faults,
                ApprovalRequested approval, Escalation escalation) {

        String tool() {
            return call.tool();
        }

        JsonNode arguments() {
            return call.arguments();
        }

        boolean answered() {
            return result != null;
        }

        /** Answered 2xx. */
        boolean ok() {
            return result != null && result.status() >= 200 && result.status() < 300;
        }

        /**
         * Answered 2xx and did what it said: no fault dropped its write ({@code silent-no-op}), so
         * the world holds its effect. A write the gateway acknowledged and dropped did not happen.
         */
        boolean effective() {
            return ok() && dropping().isEmpty();
        }

        /** The fault that dropped this call's write while it answered success, if one did. */
        Optional<FaultInjected> dropping() {
            return faults.stream().filter(f -> f.kind().injector().suppressesEffect()).findFirst();
        }

        /**
         * Answered 2xx with everything it should have held and done: no fault dropped fields,
         * emptied the answer or dropped the write. A read the gateway answered partially is, to the
         * user, a read that failed.
         */
        boolean delivered() {
            return effective() && faults.stream().noneMatch(f -> f.kind().injector().withholdsData());
        }

        /** Answered, but not 2xx. */
        boolean failed() {
            return result != null && !ok();
        }

        /** Whether the call succeeded and its answer came before trace event {@code event}. */
        boolean succeededBefore(int event) {
            return ok() && resultEvent < event;
        }

        /** Whether the call failed and its answer came before trace event {@code event}. */
        boolean failedBefore(int event) {
            return failed() && resultEvent < event;
        }

        /** Whether an argument of the call is the id {@code entity} (null: any call). */
        boolean names(String entity) {
            return entity == null || arguments().isObject() && arguments().properties().stream()
                    .anyMatch(a -> a.getValue().isValueNode() && WorldRecords.sameId(a.getValue().asText(), entity));
        }

        /** The argument values of the call that are ids, in argument order. */
        List<String> namedValues() {
            List<String> values = new ArrayList<>();
            if (arguments().isObject()) {
                arguments().properties().forEach(a -> {
                    if (a.getValue().isValueNode() && !a.getValue().isNull()) {
                        values.add(a.getValue().asText());
                    }
                });
            }
            return values;
        }

        String describe() {
            return tool() + " at event " + event + (answered() ? " (answered " + result.status() + ")" : " (no answer)");
        }
    }

    private final List<Call> calls;

    private ToolCalls(List<Call> calls) {
        this.calls = List.copyOf(calls);
    }

    static ToolCalls of(Trace trace) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        List<TraceEvent> events = trace.events();
        for (int i = 0; i < events.size(); i++) {
            TraceEvent event = events.get(i);
            if (event instanceof ToolCall call) {
                byId.put(call.callId(), new Builder(i, call));
            } else if (event instanceof ToolResult result && byId.containsKey(result.callId()) && byId.get(result.callId()).result == null) {
                byId.get(result.callId()).result = result;
                byId.get(result.callId()).resultEvent = i;
            } else if (event instanceof FaultInjected fault && byId.containsKey(fault.callId())) {
                byId.get(fault.callId()).faults.add(fault);
            } else if (event instanceof ApprovalRequested approval && byId.containsKey(approval.callId())) {
                byId.get(approval.callId()).approval = approval;
            } else if (event instanceof Escalation escalation && byId.containsKey(escalation.callId())) {
                byId.get(escalation.callId()).escalation = escalation;
            }
        }
        return new ToolCalls(byId.values().stream().map(Builder::build).toList());
    }

    List<Call> all() {
        return calls;
    }

    Stream<Call> of(String tool) {
        return calls.stream().filter(c -> c.tool().equals(tool));
    }

    /** The calls made before trace event {@code event}. */
    Stream<Call> before(int event) {
        return calls.stream().filter(c -> c.event() < event);
    }

    /** The first call of {@code tool} naming {@code entity} (null: any) that succeeded before {@code event}. */
    Optional<Call> firstSuccess(String tool, String entity, int event) {
        return of(tool).filter(c -> c.names(entity) && c.succeededBefore(event)).findFirst();
    }

    /** The first call of {@code tool} naming {@code entity} (null: any) that succeeded, and took effect, before {@code event}. */
    Optional<Call> firstEffective(String tool, String entity, int event) {
        return of(tool).filter(c -> c.names(entity) && c.succeededBefore(event) && c.effective()).findFirst();
    }

    /** The first call of {@code tool} naming {@code entity} (null: any) that succeeded at all. */
    Optional<Call> firstSuccess(String tool, String entity) {
        return firstSuccess(tool, entity, Integer.MAX_VALUE);
    }

    /** The latest call of {@code tool} naming {@code entity} (null: any) made before {@code event}. */
    Optional<Call> lastBefore(String tool, String entity, int event) {
        return of(tool).filter(c -> c.names(entity) && c.event() < event).reduce((a, b) -> b);
    }

    private static final class Builder {
        private final int event;
        private final ToolCall call;
        private final List<FaultInjected> faults = new ArrayList<>();
        private ToolResult result;
        private int resultEvent = -1;
        private ApprovalRequested approval;
        private Escalation escalation;

        Builder(int event, ToolCall call) {
            this.event = event;
            this.call = call;
        }

        Call build() {
            return new Call(event, call, result, resultEvent, List.copyOf(faults), approval, escalation);
        }
    }
}
