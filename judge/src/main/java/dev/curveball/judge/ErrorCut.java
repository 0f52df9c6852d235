package dev.curveball.judge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.StateChange;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.WorldState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where infrastructure trouble cut an errored conversation short, and the conversation up to that
 * point. The cut is the first event of the trailing run of error events (and the end) that closed
 * the conversation; an error the conversation carried on after is history, not the cut. What the
 * agent did before the cut is judged on its merits; what it never got to do is not held against it.
 *
 * <pre>{@code int cut = ErrorCut.of(trace);        // 7: the "agent answered HTTP 502" error event
 * Trace judged = ErrorCut.before(trace, cut);  // events 0..6, final state as of event 6}</pre>
 */
final class ErrorCut {
    private ErrorCut() {
    }

    /** The index of the first event the infrastructure trouble owns; the trace's size when it just stopped. */
    static int of(Trace trace) {
        List<TraceEvent> events = trace.events();
        int cut = events.size();
        while (cut > 0 && (events.get(cut - 1) instanceof ErrorEvent || events.get(cut - 1) instanceof ConversationEnd)) {
            cut--;
        }
        return cut;
    }

    /** The conversation before event {@code cut}, with the world's state as the state changes before it left it. */
    static Trace before(Trace trace, int cut) {
        List<TraceEvent> kept = trace.events().subList(0, Math.min(cut, trace.events().size()));
        boolean changedLater = trace.events().subList(kept.size(), trace.events().size()).stream().anyMatch(StateChange.class::isInstance);
        WorldState state = changedLater ? stateOf(kept) : trace.finalState();
        return new Trace(trace.schemaVersion(), trace.scenarioId(), trace.trial(), trace.conversationId(), trace.agent(), kept, state);
    }

    private static WorldState stateOf(List<TraceEvent> events) {
        Map<String, List<JsonNode>> collections = new LinkedHashMap<>();
        for (TraceEvent event : events) {
            if (event instanceof StateChange change && change.record() != null) {
                collections.computeIfAbsent(change.collection(), c -> new ArrayList<>()).add(change.record());
            }
        }
        return new WorldState(collections);
    }
}
