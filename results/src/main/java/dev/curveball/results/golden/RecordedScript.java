package dev.curveball.results.golden;

import dev.curveball.core.reading.Act;
import dev.curveball.core.scenario.RecordedTurn;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.UserMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's turns of a played conversation, as a golden case replays them: each user message with
 * the reading of the agent reply it answered, and the user's own ending (goal met, gave up, handed
 * to a human) on the turn that ended it, or as a wordless last turn when the user stopped without a
 * message. A conversation the turn limit or an error ended keeps its turns and no ending.
 *
 * <pre>{@code List<RecordedTurn> script = RecordedScript.of(trace);}</pre>
 */
public final class RecordedScript {
    private RecordedScript() {
    }

    public static List<RecordedTurn> of(Trace trace) {
        List<RecordedTurn> turns = new ArrayList<>();
        List<Act> replyBefore = null;
        for (TraceEvent event : trace.events()) {
            if (event instanceof AgentMessage agent) {
                replyBefore = agent.reading() == null ? List.of() : agent.reading().acts();
            } else if (event instanceof UserMessage user) {
                turns.add(new RecordedTurn(turns.isEmpty() ? List.of() : orEmpty(replyBefore), user.text(), user.tactic(), null));
                replyBefore = null;
            } else if (event instanceof ConversationEnd end && endedByUser(end.reason()) && !turns.isEmpty()) {
                if (replyBefore != null) {
                    turns.add(new RecordedTurn(replyBefore, null, null, end.reason()));
                } else {
                    RecordedTurn last = turns.remove(turns.size() - 1);
                    turns.add(new RecordedTurn(last.after(), last.text(), last.tactic(), end.reason()));
                }
            }
        }
        return List.copyOf(turns);
    }

    private static boolean endedByUser(EndReason reason) {
        return reason == EndReason.GOAL_MET || reason == EndReason.GAVE_UP || reason == EndReason.HANDED_TO_HUMAN;
    }

    private static List<Act> orEmpty(List<Act> acts) {
        return acts == null ? List.of() : acts;
    }
}
