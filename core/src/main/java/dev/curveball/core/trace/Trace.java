package dev.curveball.core.trace;

import dev.curveball.core.error.Require;
import java.util.List;
import java.util.Optional;

/**
 * One conversation: a line of {@code traces.jsonl}. {@code schema_version} lets later readers
 * upgrade old runs.
 *
 * <pre>{@code {"schema_version":1,"scenario_id":"s0007","trial":1,"conversation_id":"s0007-t1",
 *  "agent":"http://127.0.0.1:8080/","events":[...],"final_state":{...}}}</pre>
 */
public record Trace(
        int schemaVersion,
        String scenarioId,
        int trial,
        String conversationId,
        String agent,
        List<TraceEvent> events,
        WorldState finalState) {

    public static final int SCHEMA_VERSION = 1;

    public Trace {
        Require.text(scenarioId, "scenario_id");
        Require.positive(trial, "trial");
        events = List.copyOf(events == null ? List.of() : events);
        finalState = finalState == null ? WorldState.EMPTY : finalState;
    }

    public Optional<ConversationEnd> end() {
        return events.stream().filter(ConversationEnd.class::isInstance).map(ConversationEnd.class::cast).reduce((a, b) -> b);
    }

    /** Whether the conversation ended in infrastructure trouble rather than on the agent's merits. */
    public boolean errored() {
        return end().map(e -> e.reason() == EndReason.ERROR).orElse(true);
    }

    public <E extends TraceEvent> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** This trace with {@code replaced} as its events (the same number, in the same places: pricing a usage, for one). */
    public Trace withEvents(List<TraceEvent> replaced) {
        return new Trace(schemaVersion, scenarioId, trial, conversationId, agent, replaced, finalState);
    }

    public int indexOf(TraceEvent event) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == event) {
                return i;
            }
        }
        return -1;
    }
}
