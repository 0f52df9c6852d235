package dev.curveball.judge.check;

import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.UserMessage;
import java.util.List;

/** Which user turn an event belongs to: the number of user messages up to it (1 for the agent's answer to the opening). */
final class UserTurns {
    private UserTurns() {
    }

    static int before(List<TraceEvent> events, int index) {
        int turns = 0;
        for (int i = 0; i <= index && i < events.size(); i++) {
            if (events.get(i) instanceof UserMessage) {
                turns++;
            }
        }
        return turns;
    }
}
