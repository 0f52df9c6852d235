package dev.curveball.results;

import dev.curveball.core.error.Require;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.verdict.Verdict;
import java.util.Optional;

/**
 * One conversation of a run as its files hold it: the scenario it played, its trace, and its
 * verdict once the run has judged it (empty while the run still plays, or after it was cut short).
 *
 * <pre>{@code conversation.id()  // "s0007-t1"}</pre>
 */
public record PlayedConversation(Scenario scenario, Trace trace, Optional<Verdict> verdict) {

    public PlayedConversation {
        Require.present(scenario, "scenario");
        Require.present(trace, "trace");
        verdict = verdict == null ? Optional.empty() : verdict;
    }

    /** The conversation's id, as traces and the agent protocol name it: scenario id, {@code -t}, trial. */
    public String id() {
        return id(trace.scenarioId(), trace.trial());
    }

    public static String id(String scenarioId, int trial) {
        return Scenario.conversationId(scenarioId, trial);
    }

    /** The user turns played: what the conversation's end says, or the user messages of a trace without one. */
    public int turns() {
        return trace.end().map(ConversationEnd::turns).orElseGet(() -> trace.eventsOf(UserMessage.class).size());
    }
}
