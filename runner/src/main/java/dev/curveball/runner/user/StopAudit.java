package dev.curveball.runner.user;

import dev.curveball.core.reading.ReplyReading;
import java.util.Optional;

/**
 * The simulator's own account of why a model-driven user stopped, written into the trace's end
 * detail so a reader can tell a stop the agent earned from one the simulator made up: which of the
 * task's outcomes, hand-off or failure report the reading of the agent's last reply holds, or that
 * it holds none (the stop is then the simulator's call, and says so).
 *
 * <pre>{@code model user said goal met; the agent's reply reads as issue_refund done on A-5001: done issue_refund A-5001 ("...")}</pre>
 */
final class StopAudit {
    private StopAudit() {
    }

    static String detail(StopSignal stop, ReplyReading reading, TaskOutcomes outcomes, int agentReplies, int patience) {
        return switch (stop) {
            case GOAL_MET -> "model user said goal met; " + goalEvidence(reading, outcomes);
            case HANDED_TO_HUMAN -> "model user said it was handed to a human; " + outcomes.handOff(reading)
                    .map(a -> "the agent's reply reads as " + TaskOutcomes.describe(a))
                    .orElse("no hand-off in the agent's reply (simulator's call)");
            case GAVE_UP -> "model user gave up after " + agentReplies + " agent replies (patience " + patience + ")";
            case CONTINUE -> throw new IllegalArgumentException("continue is not a stop");
        };
    }

    private static String goalEvidence(ReplyReading reading, TaskOutcomes outcomes) {
        Optional<TaskOutcomes.Evidence> met = outcomes.met(reading);
        if (met.isPresent()) {
            return "the agent's reply reads as " + met.get().describe();
        }
        return outcomes.handOff(reading).or(() -> outcomes.failure(reading))
                .map(a -> "the agent's reply gives the next step " + TaskOutcomes.describe(a))
                .orElse("no outcome of the task, hand-off or failure report in the agent's reply (simulator's call)");
    }
}
