package dev.curveball.results;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.curveball.core.trace.FaultInjected;
import dev.curveball.core.trace.StateChange;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a check's event index points at, in words: the event's {@code type} as {@code traces.jsonl}
 * writes it, and the tool for the events a tool call makes. Indexes count from 0 in the order of the
 * conversation's {@code events}.
 *
 * <pre>{@code EventLabel.of(trace, 8)   // "tool_result of issue_refund"
 * EventLabel.of(trace, 9)   // "state_change by issue_refund"
 * EventLabel.of(trace, 14)  // "conversation_end"}</pre>
 */
public final class EventLabel {
    /** Says once, wherever event indexes are printed, what they count. */
    public static final String LEGEND = "event N: the conversation's trace event at index N, counting from 0, "
            + "in the events list of its line in traces.jsonl";

    /** The JSON type names, read from the annotation that writes them, so a new event type is named here without a change. */
    private static final Map<Class<?>, String> TYPES = Arrays.stream(TraceEvent.class.getAnnotation(JsonSubTypes.class).value())
            .collect(Collectors.toUnmodifiableMap(JsonSubTypes.Type::value, JsonSubTypes.Type::name));

    private EventLabel() {
    }

    /** {@code "tool_call of get_order"}, {@code "agent_message"}; {@code "not in the trace"} for an index outside it. */
    public static String of(Trace trace, int index) {
        if (index < 0 || index >= trace.events().size()) {
            return "not in the trace";
        }
        TraceEvent event = trace.events().get(index);
        String type = TYPES.getOrDefault(event.getClass(), event.getClass().getSimpleName());
        return type + tool(event);
    }

    /** {@code " of get_order"} for the events a tool call makes, empty for the others. */
    private static String tool(TraceEvent event) {
        if (event instanceof ToolCall call) {
            return " of " + call.tool();
        }
        if (event instanceof ToolResult result) {
            return " of " + result.tool();
        }
        if (event instanceof FaultInjected fault) {
            return " on " + fault.tool();
        }
        if (event instanceof StateChange change) {
            return " by " + change.tool();
        }
        return "";
    }
}
