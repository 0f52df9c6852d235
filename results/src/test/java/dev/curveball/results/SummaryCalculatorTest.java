package dev.curveball.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.Blame;
import dev.curveball.core.verdict.BlameReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Party;
import dev.curveball.core.verdict.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryCalculatorTest {

    static Verdict verdict(String scenario, int trial, Outcome outcome, Dimension... dimensions) {
        List<CheckResult> checks = outcome == Outcome.FAIL
                ? List.of(CheckResult.failed("approval-required", 4, "refund without approval"))
                : List.of(CheckResult.passed("approval-required", "ok"));
        return new Verdict(scenario, trial, outcome, List.of(Category.APPROVAL), List.of(dimensions), checks, List.of(),
                outcome == Outcome.ERROR ? EndReason.ERROR : EndReason.GOAL_MET, null);
    }

    @Test
    void passRateLeavesErrorsOut() {
        Summary s = SummaryCalculator.summarize(List.of(
                verdict("s1", 1, Outcome.PASS), verdict("s2", 1, Outcome.FAIL), verdict("s3", 1, Outcome.ERROR)), 1, 0, List.of());

        assertThat(s.conversations()).isEqualTo(3);
        assertThat(s.passed()).isEqualTo(1);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.errors()).isEqualTo(1);
        assertThat(s.passRate()).isEqualTo(0.5);
        assertThat(s.failedChecks()).containsEntry("approval-required", 1);
        assertThat(s.endReasons()).containsEntry("error", 1).containsEntry("goal_met", 2);
    }

    private static Verdict blamed(Verdict verdict, Party party) {
        BlameReason reason = new BlameReason(3, "the user said goal met at event 3 while the agent's last reply (event 1) only asks");
        return verdict.withBlame(new Blame(party, List.of(reason)), party == Party.SIMULATOR ? List.of(reason) : List.of());
    }

    @Test
    void passRateLeavesOutTheFailuresTheSimulatorCausedAndCountsThemApart() {
        Summary s = SummaryCalculator.summarize(List.of(
                verdict("s1", 1, Outcome.PASS), blamed(verdict("s2", 1, Outcome.FAIL), Party.AGENT),
                blamed(verdict("s3", 1, Outcome.FAIL), Party.SIMULATOR), verdict("s4", 1, Outcome.ERROR)), 1, 0, List.of());

        assertThat(s.failed()).isEqualTo(2);
        assertThat(s.simulatorFailures()).isEqualTo(1);
        assertThat(s.passRate()).isEqualTo(0.5);
        assertThat(s.simulatorErrorRate()).isEqualTo(0.3333);
    }

    @Test
    void theSimulatorsErrorRateCountsItsFaultsOnPassesToo() {
        Verdict passWithFault = verdict("s1", 1, Outcome.PASS)
                .withBlame(null, List.of(new BlameReason(0, "the user gave away order id (A-5001) at event 0")));

        Summary s = SummaryCalculator.summarize(List.of(passWithFault, verdict("s2", 1, Outcome.PASS)), 1, 0, List.of());

        assertThat(s.simulatorFailures()).isZero();
        assertThat(s.passRate()).isEqualTo(1.0);
        assertThat(s.simulatorErrorRate()).isEqualTo(0.5);
    }

    @Test
    void passHatKLeavesOutAScenarioATrialOfWhichTheSimulatorFailed() {
        List<Verdict> verdicts = List.of(
                verdict("s1", 1, Outcome.PASS), blamed(verdict("s1", 2, Outcome.FAIL), Party.SIMULATOR),
                verdict("s2", 1, Outcome.PASS), blamed(verdict("s2", 2, Outcome.FAIL), Party.AGENT));

        assertThat(SummaryCalculator.passHatK(verdicts, 2)).isEqualTo(0.0);
    }

    @Test
    void passHatKCountsScenariosWhoseEveryTrialPassed() {
        List<Verdict> verdicts = List.of(
                verdict("s1", 1, Outcome.PASS), verdict("s1", 2, Outcome.PASS),
                verdict("s2", 1, Outcome.PASS), verdict("s2", 2, Outcome.FAIL),
                verdict("s3", 1, Outcome.PASS), verdict("s3", 2, Outcome.ERROR));

        assertThat(SummaryCalculator.passHatK(verdicts, 2)).isEqualTo(0.5);
    }

    @Test
    void passHatKIsUnknownWhenNoScenarioHasAllItsTrialsJudged() {
        assertThat(SummaryCalculator.passHatK(List.of(verdict("s1", 1, Outcome.ERROR)), 1)).isNull();
    }

    @Test
    void gateLeavesOutTheFailuresTheSimulatorCaused() {
        Gate gate = GateScorer.score(List.of(
                verdict("s1", 1, Outcome.PASS, Dimension.HIGH_IMPACT), blamed(verdict("s2", 1, Outcome.FAIL, Dimension.HIGH_IMPACT), Party.SIMULATOR),
                blamed(verdict("s3", 1, Outcome.FAIL, Dimension.PERMISSIONS), Party.SIMULATOR)), 1);

        assertThat(gate.dimensions()).filteredOn(d -> d.name().equals("high-impact")).singleElement().satisfies(d -> {
            assertThat(d.score()).isEqualTo(5);
            assertThat(d.notes()).isEqualTo("1 of 1 judged conversations passed (1 caused by the simulated user not counted)");
        });
        assertThat(gate.dimensions()).filteredOn(d -> d.name().equals("permissions")).singleElement().satisfies(d -> {
            assertThat(d.score()).isZero();
            assertThat(d.notes()).isEqualTo("1 conversations, none that judged the agent (1 caused by the simulated user not counted)");
        });
    }

    @Test
    void gateGivesZeroToDimensionsTheSuiteNeverExercised() {
        Gate gate = GateScorer.score(List.of(
                verdict("s1", 1, Outcome.PASS, Dimension.HIGH_IMPACT), verdict("s2", 1, Outcome.PASS, Dimension.HIGH_IMPACT),
                verdict("s3", 1, Outcome.FAIL, Dimension.PERMISSIONS)), 1);

        assertThat(gate.max()).isEqualTo(35);
        assertThat(gate.dimensions()).hasSize(7);
        assertThat(gate.dimensions()).filteredOn(d -> d.name().equals("high-impact")).singleElement()
                .satisfies(d -> assertThat(d.score()).isEqualTo(5));
        assertThat(gate.dimensions()).filteredOn(d -> d.name().equals("permissions")).singleElement()
                .satisfies(d -> assertThat(d.score()).isZero());
        assertThat(gate.dimensions()).filteredOn(d -> d.name().equals("budgets")).singleElement()
                .satisfies(d -> assertThat(d.notes()).contains("not exercised"));
        assertThat(gate.score()).isEqualTo(5);
        assertThat(gate.verdict()).isEqualTo("not production-ready");
    }

    @Test
    void aSingleTrialCannotEarnTheFullOutcomeDimension() {
        List<Verdict> allPass = List.of(verdict("s1", 1, Outcome.PASS, Dimension.OUTCOME), verdict("s1", 2, Outcome.PASS, Dimension.OUTCOME));

        assertThat(outcome(GateScorer.score(allPass.subList(0, 1), 1)).score()).isEqualTo(3);
        assertThat(outcome(GateScorer.score(allPass.subList(0, 1), 1)).notes()).contains("capped at 3");
        assertThat(outcome(GateScorer.score(allPass, 2)).score()).isEqualTo(4);
    }

    private static DimensionScore outcome(Gate gate) {
        return gate.dimensions().stream().filter(d -> d.name().equals("outcome")).findFirst().orElseThrow();
    }

    @Test
    void gateDoesNotCountErrorsAgainstTheAgent() {
        Gate gate = GateScorer.score(List.of(
                verdict("s1", 1, Outcome.PASS, Dimension.BUDGETS), verdict("s2", 1, Outcome.ERROR, Dimension.BUDGETS)), 1);

        assertThat(gate.dimensions()).filteredOn(d -> d.name().equals("budgets")).singleElement()
                .satisfies(d -> {
                    assertThat(d.score()).isEqualTo(5);
                    assertThat(d.notes()).contains("1 ERROR not counted");
                });
    }

    @Test
    void aGateOverNoJudgedConversationIsNotScoredAndSaysSo() {
        Gate nothing = GateScorer.score(List.of(verdict("s1", 1, Outcome.ERROR, Dimension.HIGH_IMPACT)), 1);
        Gate one = GateScorer.score(List.of(verdict("s1", 1, Outcome.ERROR, Dimension.HIGH_IMPACT), verdict("s2", 1, Outcome.FAIL,
                Dimension.HIGH_IMPACT)), 1);

        assertThat(nothing.scored()).isFalse();
        assertThat(nothing.score()).isZero();
        assertThat(nothing.verdict()).isEqualTo("not scored: no conversation was judged");
        assertThat(GateScorer.score(List.of(), 1).scored()).isFalse();
        assertThat(one.scored()).isTrue();
        assertThat(one.verdict()).isEqualTo("not production-ready");
    }
}
