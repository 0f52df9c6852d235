package dev.curveball.results.gate;

import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Verdicts built with the real records, for gate tests: per dimension, so many conversations, so many passed. */
final class GateVerdicts {
    private final List<Verdict> verdicts = new ArrayList<>();

    /** Five conversations touching only {@code dimension} (tagged with its first tag), {@code points} of them passing: that many points. */
    GateVerdicts points(Dimension dimension, int points) {
        for (int i = 0; i < 5; i++) {
            verdicts.add(verdict("s" + dimension.id() + i, 1, i < points ? Outcome.PASS : Outcome.FAIL, dimension));
        }
        return this;
    }

    GateVerdicts add(Verdict verdict) {
        verdicts.add(verdict);
        return this;
    }

    List<Verdict> build() {
        return List.copyOf(verdicts);
    }

    static Verdict verdict(String scenario, int trial, Outcome outcome, Dimension dimension) {
        return withChecks(scenario, trial, outcome, dimension, outcome == Outcome.FAIL
                ? List.of(CheckResult.failed("approval-required", 4, "refund without approval"))
                : List.of(CheckResult.passed("approval-required", "ok")));
    }

    static Verdict withChecks(String scenario, int trial, Outcome outcome, Dimension dimension, List<CheckResult> checks) {
        Category tag = java.util.Arrays.stream(Category.values()).filter(c -> c.dimension() == dimension).findFirst().orElseThrow();
        return new Verdict(scenario, trial, outcome, List.of(tag), List.of(dimension), checks, List.of(),
                outcome == Outcome.ERROR ? EndReason.ERROR : EndReason.GOAL_MET, outcome == Outcome.ERROR ? "agent answered 500" : null);
    }
}
