package dev.curveball.core.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import dev.curveball.core.cost.ConversationCost;
import dev.curveball.core.error.Require;
import dev.curveball.core.trace.EndReason;
import java.util.List;

/**
 * The judgement of one conversation: a line of {@code verdicts.jsonl}. A model grade can never
 * overrule a failed hard check. A FAIL says who caused it ({@code blame}); {@code simulator_faults}
 * lists what the simulated user did wrong in any conversation (omitted when nothing); {@code cost}
 * is what the conversation cost by role, agent, user and judge (omitted in older runs).
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
        String error,
        @JsonInclude(JsonInclude.Include.NON_NULL) Blame blame,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<BlameReason> simulatorFaults,
        @JsonInclude(JsonInclude.Include.NON_NULL) ConversationCost cost) {

    public Verdict {
        Require.text(scenarioId, "scenario_id");
        Require.present(outcome, "outcome");
        categories = List.copyOf(categories == null ? List.of() : categories);
        dimensions = List.copyOf(dimensions == null ? List.of() : dimensions);
        checks = List.copyOf(checks == null ? List.of() : checks);
        grades = List.copyOf(grades == null ? List.of() : grades);
        simulatorFaults = List.copyOf(simulatorFaults == null ? List.of() : simulatorFaults);
    }

    /** A verdict with no blame and no simulator audit (as written before blame existed). */
    public Verdict(String scenarioId, int trial, Outcome outcome, List<Category> categories, List<Dimension> dimensions,
            List<CheckResult> checks, List<Grade> grades, EndReason endReason, String error) {
        this(scenarioId, trial, outcome, categories, dimensions, checks, grades, endReason, error, null, List.of(), null);
    }

    /** A verdict without its cost (as written before costs were split by role). */
    public Verdict(String scenarioId, int trial, Outcome outcome, List<Category> categories, List<Dimension> dimensions,
            List<CheckResult> checks, List<Grade> grades, EndReason endReason, String error, Blame blame, List<BlameReason> simulatorFaults) {
        this(scenarioId, trial, outcome, categories, dimensions, checks, grades, endReason, error, blame, simulatorFaults, null);
    }

    /** This verdict with who caused it ({@code blame}, null unless FAIL) and the simulator's faults. */
    public Verdict withBlame(Blame blame, List<BlameReason> simulatorFaults) {
        return new Verdict(scenarioId, trial, outcome, categories, dimensions, checks, grades, endReason, error, blame, simulatorFaults, cost);
    }

    /** This verdict with what its conversation cost, by role. */
    public Verdict withCost(ConversationCost value) {
        return new Verdict(scenarioId, trial, outcome, categories, dimensions, checks, grades, endReason, error, blame, simulatorFaults, value);
    }

    /** What the conversation cost by role; {@link ConversationCost#NONE} for a verdict written before costs were recorded. */
    public ConversationCost costOrNone() {
        return cost == null ? ConversationCost.NONE : cost;
    }

    /** Whether this is a FAIL the simulated user caused: not the agent's failure, and left out of its pass rate. */
    public boolean simulatorCaused() {
        return outcome == Outcome.FAIL && blame != null && blame.party() == Party.SIMULATOR;
    }

    public List<CheckResult> failedChecks() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
