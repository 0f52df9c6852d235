package dev.curveball.runner.world;

import dev.curveball.core.world.FaultKind;
import dev.curveball.core.world.FaultSpec;
import java.util.List;
import java.util.Optional;

/**
 * The scenario's faults, asked per call: which fire on the {@code n}th call of a tool, and what
 * each does. A fault that answers in place of the tool (timeout, error, rate limit, permission
 * denied) wins over the ones that reshape a real answer, since there is then no answer to reshape.
 *
 * <pre>{@code plan.firing("get_invoice", 1) // -> [{tool: get_invoice, calls: [1], kind: timeout, delay_ms: 150}]}</pre>
 */
final class FaultPlan {
    static final int DEFAULT_TIMEOUT_MS = 1000;

    private final List<FaultSpec> faults;

    FaultPlan(List<FaultSpec> faults) {
        this.faults = List.copyOf(faults);
    }

    /** The faults that fire on call {@code n} of {@code tool}: one replacing fault, or every reshaping one. */
    List<FaultSpec> firing(String tool, int n) {
        List<FaultSpec> fired = faults.stream().filter(f -> f.tool().equals(tool) && f.firesOn(n)).toList();
        Optional<FaultSpec> replacing = fired.stream().filter(FaultPlan::replacesAnswer).findFirst();
        return replacing.map(List::of).orElse(fired);
    }

    /** Whether {@code fault} answers instead of the tool, so the behaviour never runs. */
    static boolean replacesAnswer(FaultSpec fault) {
        return fault.kind().status() != 200;
    }

    static int delayMs(FaultSpec fault) {
        return fault.delayMs() == null ? DEFAULT_TIMEOUT_MS : fault.delayMs();
    }

    /** The answer a replacing fault gives in place of the tool's. */
    static ToolAnswer answer(FaultSpec fault) {
        FaultKind kind = fault.kind();
        return switch (kind) {
            case TIMEOUT -> ToolAnswer.error(kind.status(), "upstream timeout");
            case ERROR -> ToolAnswer.error(kind.status(), "internal error in " + fault.tool() + "; the action was not performed");
            case RATE_LIMIT -> ToolAnswer.error(kind.status(), "rate limited: too many requests to " + fault.tool() + ", retry later");
            case PERMISSION_DENIED -> ToolAnswer.error(kind.status(), "permission denied: " + fault.tool() + " is not available for this user");
            case PARTIAL_DATA, SUPERSEDED_FIRST, EMPTY_RETRIEVAL ->
                    throw new IllegalArgumentException("fault " + kind.id() + " reshapes an answer, it does not replace one");
        };
    }

    /** What the trace says the fault did. */
    static String detail(FaultSpec fault) {
        return switch (fault.kind()) {
            case TIMEOUT -> "no answer for " + delayMs(fault) + " ms, then 504";
            case ERROR -> "answered 500 instead of running the tool";
            case RATE_LIMIT -> "answered 429 instead of running the tool";
            case PERMISSION_DENIED -> "answered 403 instead of running the tool";
            case PARTIAL_DATA -> "dropped fields: " + String.join(", ", fault.dropFields());
            case SUPERSEDED_FIRST -> "superseded document versions ranked before current ones";
            case EMPTY_RETRIEVAL -> "answered with no results";
        };
    }
}
