package dev.curveball.runner.world;

import dev.curveball.core.fault.FaultAnswer;
import dev.curveball.core.world.FaultSpec;
import java.util.List;
import java.util.Optional;

/**
 * The scenario's faults, asked per call: which fire on the {@code n}th call of a tool. What each
 * does is its kind's injector's. A fault that answers in place of the tool (timeout, error, rate
 * limit, permission denied) wins over the ones that reshape a real answer, since there is then no
 * answer to reshape.
 *
 * <pre>{@code plan.firing("get_invoice", 1) // -> [{tool: get_invoice, calls: [1], kind: timeout, delay_ms: 150}]}</pre>
 */
final class FaultPlan {
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
        return answerInstead(fault).isPresent();
    }

    /** The answer {@code fault} gives in place of the tool's, when it replaces it. */
    static Optional<FaultAnswer> answerInstead(FaultSpec fault) {
        return fault.kind().injector().answerInstead(fault);
    }

    /** What the trace says the fault did. */
    static String detail(FaultSpec fault) {
        return fault.kind().injector().detail(fault);
    }
}
