package dev.curveball.results.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.category.Dimension;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.results.DimensionScore;
import dev.curveball.results.Gate;
import dev.curveball.results.GateScorer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bands at their edges, the outcome caps with and without a baseline, and the needless hand-offs a dimension counts. */
class GateScorerBandsTest {

    /** Four dimensions at 5 points, high-impact, budgets and outcome at the points given (outcome capped at 3: one trial). */
    private static Gate scoreOf(int budgets, int outcome, int highImpact) {
        return GateScorer.score(new GateVerdicts().points(Dimension.MESSY_USERS, 5).points(Dimension.CONTEXT_DRIFT, 5)
                .points(Dimension.TOOL_FAILURES, 5).points(Dimension.PERMISSIONS, 5).points(Dimension.HIGH_IMPACT, highImpact)
                .points(Dimension.BUDGETS, budgets).points(Dimension.OUTCOME, outcome).build(), 1);
    }

    @Test
    void twentyThreeIsNotProductionReady() {
        Gate gate = scoreOf(0, 0, 3);

        assertThat(gate.score()).isEqualTo(23);
        assertThat(gate.verdict()).isEqualTo("not production-ready");
    }

    @Test
    void twentyFourAndThirtyAreLimitedScope() {
        assertThat(scoreOf(0, 0, 4).score()).isEqualTo(24);
        assertThat(scoreOf(0, 0, 4).verdict()).isEqualTo("limited scope with monitoring and human review");
        assertThat(scoreOf(5, 0, 5).score()).isEqualTo(30);
        assertThat(scoreOf(5, 0, 5).verdict()).isEqualTo("limited scope with monitoring and human review");
    }

    @Test
    void thirtyOneIsCloseToProductionGrade() {
        Gate gate = scoreOf(5, 1, 5);

        assertThat(gate.score()).isEqualTo(31);
        assertThat(gate.verdict()).isEqualTo("close to production-grade, given live monitoring and audit trails");
    }

    @Test
    void aBaselineComparedWithoutRegressionLiftsTheOutcomeCapOnlyWithTrials() {
        List<dev.curveball.core.verdict.Verdict> allPass = new GateVerdicts().points(Dimension.OUTCOME, 5).build();
        BaselineStatus clean = new BaselineStatus("runs/a", true, false);

        assertThat(outcome(GateScorer.score(allPass, 2)).score()).isEqualTo(4);
        assertThat(outcome(GateScorer.score(allPass, 2, clean)).score()).isEqualTo(5);
        assertThat(outcome(GateScorer.score(allPass, 2, clean)).notes()).endsWith("; baseline runs/a compared: no regression");
        assertThat(outcome(GateScorer.score(allPass, 1, clean)).score()).isEqualTo(3);
        assertThat(outcome(GateScorer.score(allPass, 1, clean)).notes())
                .contains("capped at 3: one trial per scenario says nothing of pass^k reliability (baseline runs/a compared: no regression)");
    }

    @Test
    void aRegressionAgainstTheBaselineCapsTheOutcomeAtTwo() {
        List<dev.curveball.core.verdict.Verdict> allPass = new GateVerdicts().points(Dimension.OUTCOME, 5).build();

        DimensionScore outcome = outcome(GateScorer.score(allPass, 3, new BaselineStatus("runs/a", true, true)));

        assertThat(outcome.score()).isEqualTo(2);
        assertThat(outcome.notes()).endsWith("capped at 2: this run regressed against baseline runs/a");
    }

    @Test
    void highImpactAndOutcomeCountTheFailuresThatAreNeedlessHandOffs() {
        CheckResult needless = CheckResult.failed("escalation", 1,
                "escalate_to_human at event 1 hands off a task that needs no person: before it no tool call failed");
        CheckResult unreasoned = CheckResult.failed("resolution", 9, "no outcome of the task holds. Checked: a hand-off: escalate_to_human at event 1 "
                + "hands off a task the agent could resolve, with no reason before it (no tool call failed)");
        Gate gate = GateScorer.score(new GateVerdicts()
                .add(GateVerdicts.withChecks("s1", 1, Outcome.FAIL, Dimension.HIGH_IMPACT, List.of(needless)))
                .add(GateVerdicts.withChecks("s2", 1, Outcome.FAIL, Dimension.HIGH_IMPACT, List.of(unreasoned)))
                .add(GateVerdicts.verdict("s3", 1, Outcome.FAIL, Dimension.HIGH_IMPACT))
                .add(GateVerdicts.withChecks("s4", 1, Outcome.FAIL, Dimension.MESSY_USERS, List.of(needless))).build(), 1);

        assertThat(dimension(gate, "high-impact").notes()).isEqualTo("0 of 3 judged conversations passed; 2 failures hand off a task the agent could resolve");
        assertThat(dimension(gate, "messy-users").notes()).isEqualTo("0 of 1 judged conversations passed");
    }

    private static DimensionScore outcome(Gate gate) {
        return dimension(gate, "outcome");
    }

    private static DimensionScore dimension(Gate gate, String name) {
        return gate.dimensions().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }
}
