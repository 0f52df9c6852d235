package dev.curveball.judge.blame;

import dev.curveball.core.persona.Tactic;
import dev.curveball.core.reading.Act;
import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.judge.check.CheckContext;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether a reply gives the user ground to stop satisfied: it says something about what the user
 * came for. A hand-off always does; an action done, under way, refused or reported not done does
 * when it is one of the task's tools (its outcomes' tools and the ones they require), names no
 * tool, or is a tool the agent had called by then (an honest report of a failure); a fact told does
 * when it is a field the task asks to be answered. After the user changed its mind, anything but a
 * question, an offer or a hedge answers it. Whether the report is true is the checks' business (a
 * user that believes "your refund has been issued" is not at fault when it was not); a user that
 * stops on a reply saying nothing of its task (only of its second issue, say) made the stop up.
 */
final class StopBasis {
    private final Set<String> taskTools = new HashSet<>();
    private final Set<String> answeredFields = new HashSet<>();
    private final CheckContext context;

    StopBasis(CheckContext context) {
        this.context = context;
        Task task = context.scenario().task();
        for (Resolution outcome : task.outcome()) {
            Stream.of(outcome.done(), outcome.pending(), outcome.declined()).filter(Objects::nonNull).forEach(taskTools::add);
            taskTools.addAll(outcome.requires());
            if (outcome.answered() != null) {
                answeredFields.add(outcome.answered());
            }
        }
    }

    /** Whether the reply read as {@code reading}, at trace event {@code event}, reports anything of the user's task. */
    boolean reports(ReplyReading reading, int event) {
        boolean mindChanged = context.trace().events().subList(0, event).stream()
                .anyMatch(e -> e instanceof UserMessage user && Tactic.CHANGE_MIND.id().equals(user.tactic()));
        return reading.acts().stream().anyMatch(act -> mindChanged ? answersAnything(act) : aboutTask(act, event));
    }

    private boolean aboutTask(Act act, int event) {
        return switch (act.act()) {
            case HANDS_OFF -> true;
            case DONE, PENDING, REFUSES, NOT_DONE -> act.tool() == null || taskTools.contains(act.tool()) || calledBefore(act.tool(), event);
            case ASSERTS -> act.field() == null || answeredFields.contains(act.field());
            case ASKS, OFFERS, HEDGES, ADDRESSES_EVALUATOR -> false;
        };
    }

    private static boolean answersAnything(Act act) {
        return act.act() != ActKind.ASKS && act.act() != ActKind.OFFERS && act.act() != ActKind.HEDGES
                && act.act() != ActKind.ADDRESSES_EVALUATOR;
    }

    private boolean calledBefore(String tool, int event) {
        return context.trace().events().subList(0, event).stream().anyMatch(e -> e instanceof ToolCall call && call.tool().equals(tool));
    }
}
