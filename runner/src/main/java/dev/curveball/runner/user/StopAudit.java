package dev.curveball.runner.user;

import dev.curveball.core.scenario.Task;
import java.util.Optional;

/**
 * The simulator's own account of why a model-driven user stopped, written into the trace's end
 * detail so a reader can tell a stop the agent earned from one the simulator made up: which
 * success phrase, next step or hand-off the agent's reply held, or that it held none.
 *
 * <pre>{@code model user said goal met; the agent affirmed "refund has been issued"}</pre>
 */
final class StopAudit {
    private StopAudit() {
    }

    static String detail(StopSignal stop, ReplyText reply, Task task, ScriptedVocabulary vocabulary, int agentReplies, int patience) {
        return switch (stop) {
            case GOAL_MET -> "model user said goal met; " + goalEvidence(reply, task);
            case HANDED_TO_HUMAN -> "model user said it was handed to a human; " + reply.firstAffirmed(vocabulary.handOff())
                    .map(p -> "the agent affirmed \"" + p + "\"").orElse("no hand-off phrase in the agent's reply (simulator's call)");
            case GAVE_UP -> "model user gave up after " + agentReplies + " agent replies (patience " + patience + ")";
            case CONTINUE -> throw new IllegalArgumentException("continue is not a stop");
        };
    }

    private static String goalEvidence(ReplyText reply, Task task) {
        Optional<String> success = reply.firstAffirmed(task.success());
        if (success.isPresent()) {
            return "the agent affirmed \"" + success.get() + "\"";
        }
        return reply.firstStated(task.nextStep()).map(s -> "the agent stated the next step \"" + s + "\"")
                .orElse("no success phrase or next step of the task in the agent's reply (simulator's call)");
    }
}
