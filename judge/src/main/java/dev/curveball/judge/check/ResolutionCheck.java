package dev.curveball.judge.check;

import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import java.util.Optional;

/**
 * Global check {@code resolution}: the conversation ended with the user's problem resolved, a
 * clear next step, or a hand-off to a human, not with the user giving up or running out of turns.
 * An agent that only stalls breaks no other rule; this is what catches it. A conversation that
 * ended in infrastructure trouble is not judged here (the verdict is ERROR anyway).
 *
 * <pre>{@code resolution failed at event 61: the user gave up after 8 turns without a resolution or a clear next step (patience 5 exhausted after 6 deflections)}</pre>
 */
public final class ResolutionCheck implements Check {
    public static final String ID = "resolution";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<CheckResult> evaluate(CheckContext context) {
        Optional<ConversationEnd> end = context.trace().end();
        if (end.isEmpty() || end.get().reason() == EndReason.ERROR) {
            return Optional.empty();
        }
        ConversationEnd e = end.get();
        String detail = e.detail() == null || e.detail().isBlank() ? "" : " (" + e.detail() + ")";
        return Optional.of(switch (e.reason()) {
            case GAVE_UP -> CheckResult.failed(ID, context.trace().indexOf(e),
                    "the user gave up after " + e.turns() + " turns without a resolution or a clear next step" + detail);
            case MAX_TURNS -> CheckResult.failed(ID, context.trace().indexOf(e),
                    "the conversation hit its turn limit after " + e.turns() + " turns without a resolution or a clear next step" + detail);
            default -> CheckResult.passed(ID, "ended " + e.reason().id() + detail);
        });
    }
}
