package dev.curveball.core.verdict;

import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import dev.curveball.core.error.Require;
import dev.curveball.core.trace.EndReason;
import java.util.List;

/**
 * The judgement of one conversation: a line of {@code verdicts.jsonl}. A model grade can never
 * overrule a failed hard check.
 *
 * <pre>{@code {"scenario_id":"s0007","trial":1,"outcome":"FAIL","categories":["approval"],
 *  "checks":[{"id":"approval-required","passed":false,"event":12,"message":"..."}],"grades":[]}}</pre>
 */
public record Verdict(
        String scenarioId,
        int trial,
        Outcome outcome,
        List<Category> categories,
        List<Dimension> dimensions,
        List<CheckResult> checks,
        List<Grade> grades,
        EndReason endReason,
        String error) {

    public Verdict {
        Require.text(scenarioId, "scenario_id");
        Require.present(outcome, "outcome");
        categories = List.copyOf(categories == null ? List.of() : categories);
        dimensions = List.copyOf(dimensions == null ? List.of() : dimensions);
        checks = List.copyOf(checks == null ? List.of() : checks);
        grades = List.copyOf(grades == null ? List.of() : grades);
    }

    public List<CheckResult> failedChecks() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
