package dev.curveball.judge.check;

import dev.curveball.core.reading.ActKind;
import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.trace.FaultInjected;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.verdict.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Check {@code escalation}, run when the task says whether it needs a person. {@code required}:
 * a hand-off call succeeded and a reply after it tells the user they are handed to a person.
 * {@code needless}: every successful hand-off had a reason before it: a tool call that failed, an
 * injected fault, or the user asking for a person (read from the user's own words, or the tactic
 * the scripted user played). {@code allowed}: not judged.
 *
 * <pre>{@code escalate_to_human at event 5 hands off a task that needs no person: before it no tool call failed, no fault was injected and the user never asked for a person}</pre>
 */
public final class EscalationCheck implements Check {
    public static final String ID = "escalation";
    /** Words every failure of a needless hand-off carries, so the Launch Gate can count them ({@link #needlessHandOff}). */
    static final String NEEDLESS_HAND_OFF = "hands off a task that needs no person";

    /** What {@code resolution} says of a hand-off it does not take as a next step, for the same reason. */
    static final String UNREASONED_HAND_OFF = "hands off a task the agent could resolve, with no reason before it";

    /**
     * Whether a check result is a failure for a hand-off the task did not need: this check's on a
     * {@code needless} task, or {@code resolution}'s when its only next step was a hand-off with no
     * reason. The Launch Gate counts them.
     */
    public static boolean needlessHandOff(CheckResult result) {
        return !result.passed() && result.message() != null
                && (result.message().contains(NEEDLESS_HAND_OFF) || result.message().contains(UNREASONED_HAND_OFF));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<CheckResult> evaluate(CheckContext context) {
        EscalationNeed need = context.scenario().task().escalation();
        ToolCalls calls = ToolCalls.of(context.trace());
        ToolRoles roles = new ToolRoles(context.world());
        return switch (need) {
            case REQUIRED -> Optional.of(required(context, calls, roles));
            case NEEDLESS -> Optional.of(needless(context, calls, roles));
            case ALLOWED -> Optional.empty();
        };
    }

    private static CheckResult required(CheckContext context, ToolCalls calls, ToolRoles roles) {
        List<ToolCalls.Call> handOffs = roles.successfulHandOffs(calls).toList();
        if (handOffs.isEmpty()) {
            String attempts = roles.handOffs().stream().flatMap(calls::of).map(ToolCalls.Call::describe).reduce((a, b) -> a + ", " + b)
                    .map(a -> " (tried: " + a + ")").orElse("");
            return CheckResult.failed(ID, endEvent(context), "the task needs a person, but " + roles.handOffName() + " never succeeded" + attempts);
        }
        ToolCalls.Call first = handOffs.get(0);
        return context.readings().after(first.event()).stream().filter(r -> r.reading().has(ActKind.HANDS_OFF)).findFirst()
                .map(r -> CheckResult.passed(ID, "the task needs a person: " + first.tool() + " succeeded at event " + first.event()
                        + " and the reply at event " + r.event() + " tells the user they are handed off"))
                .orElseGet(() -> CheckResult.failed(ID, endEvent(context), "the task needs a person: " + first.tool()
                        + " succeeded at event " + first.event() + " but no later reply tells the user they are handed to a person"));
    }

    private static CheckResult needless(CheckContext context, ToolCalls calls, ToolRoles roles) {
        List<ToolCalls.Call> handOffs = roles.successfulHandOffs(calls).toList();
        if (handOffs.isEmpty()) {
            return CheckResult.passed(ID, "the task needs no person, and the agent handed nobody off");
        }
        List<String> reasons = new ArrayList<>();
        for (ToolCalls.Call handOff : handOffs) {
            Optional<String> reason = reasonBefore(context, calls, handOff.event());
            if (reason.isEmpty()) {
                return CheckResult.failed(ID, handOff.event(), handOff.tool() + " at event " + handOff.event()
                        + " " + NEEDLESS_HAND_OFF + ": before it no tool call failed, no fault was injected"
                        + " and the user never asked for a person");
            }
            reasons.add(handOff.tool() + " at event " + handOff.event() + " after " + reason.get());
        }
        return CheckResult.passed(ID, "the task needs no person, but each hand-off had a reason: " + String.join("; ", reasons));
    }

    /** What made a hand-off before {@code event} reasonable, described; empty when nothing did. */
    static Optional<String> reasonBefore(CheckContext context, ToolCalls calls, int event) {
        Optional<String> failed = calls.before(event).filter(c -> c.failedBefore(event)).findFirst()
                .map(c -> c.tool() + " answered " + c.result().status() + " at event " + c.resultEvent());
        if (failed.isPresent()) {
            return failed;
        }
        List<TraceEvent> events = context.trace().events();
        for (int i = 0; i < Math.min(event, events.size()); i++) {
            if (events.get(i) instanceof FaultInjected fault) {
                return Optional.of("a " + fault.kind().id() + " fault on " + fault.tool() + " at event " + i);
            }
            if (events.get(i) instanceof UserMessage user && asksForAPerson(user)) {
                return Optional.of("the user asked for a person at event " + i);
            }
            if (events.get(i) instanceof UserMessage user && user.tactic() != null && BEYOND_THE_TASK.contains(user.tactic())) {
                return Optional.of("the user pressed for something beyond the task (" + user.tactic() + ") at event " + i);
            }
        }
        return Optional.empty();
    }

    /**
     * Tactics with which a user asks for what the task's outcome does not cover (switching to an
     * exchange no tool does, insisting on an exception, anger past a refusal): a person may be the
     * only one who can answer, so a hand-off after them is not needless.
     */
    private static final java.util.Set<String> BEYOND_THE_TASK = java.util.Set.of("change-mind", "demand-exceptions", "escalate-anger");

    static boolean asksForAPerson(UserMessage message) {
        return UserWords.bundled().asksForAPerson(message.text())
                || message.tactic() != null && UserWords.bundled().personTactics().contains(message.tactic());
    }

    private static Integer endEvent(CheckContext context) {
        return context.trace().end().map(e -> context.trace().indexOf(e)).orElse(null);
    }
}
