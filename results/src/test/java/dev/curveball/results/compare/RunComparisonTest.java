package dev.curveball.results.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunComparisonTest {
    @TempDir
    Path tmp;

    private Comparison compare(CraftedRun a, CraftedRun b, CompareOptions options) {
        return RunComparison.of(a.write(tmp.resolve("a")), b.write(tmp.resolve("b")), options);
    }

    private static CraftedRun run(int trials, String... outcomes) {
        CraftedRun run = new CraftedRun("acme-support", trials);
        for (int i = 0; i < outcomes.length; i++) {
            run.scenario(String.format("s%04d", i + 1), outcomes[i]);
        }
        return run;
    }

    @Test
    void nineRegressionsOutOfTenAreSignificant() {
        Comparison c = compare(run(1, "P", "P", "P", "P", "P", "P", "P", "P", "P", "F"),
                run(1, "F", "F", "F", "F", "F", "F", "F", "F", "F", "P"), CompareOptions.defaults());

        assertThat(c.regressions()).isEqualTo(9);
        assertThat(c.fixes()).isEqualTo(1);
        assertThat(c.pValue()).isEqualTo(22.0 / 1024);
        assertThat(c.significant()).isTrue();
        assertThat(c.regressed()).isTrue();
        assertThat(c.rateA()).contains(0.9);
        assertThat(c.rateB()).contains(0.1);
        assertThat(c.delta().orElseThrow().delta()).isEqualTo(-0.8);
        assertThat(c.summaryLine()).startsWith("compare: pass rate 90.0% (95% CI 59.6–98.2%) -> 10.0% (95% CI 1.8–40.4%), -80.0 pts")
                .endsWith("B regressed significantly (McNemar b=9 c=1 p=0.0215 < alpha 0.05)");
    }

    @Test
    void oneRegressionIsNotSignificantUnlessMaxRegressionsSaysSo() {
        CraftedRun a = run(1, "P", "P", "P", "P");
        CraftedRun b = run(1, "F", "P", "P", "P");

        Comparison c = compare(a, b, CompareOptions.defaults());
        assertThat(c.regressions()).isEqualTo(1);
        assertThat(c.pValue()).isEqualTo(1.0);
        assertThat(c.regressed()).isFalse();
        assertThat(c.decision()).isEqualTo("no significant regression (McNemar b=1 c=0 p=1.0, not below alpha 0.05)");

        Comparison strict = RunComparison.of(tmp.resolve("a"), tmp.resolve("b"), new CompareOptions(0.05, 0));
        assertThat(strict.regressed()).isTrue();
        assertThat(strict.decision()).startsWith("B regressed: 1 regressed scenarios, more than --max-regressions 0");
    }

    @Test
    void aFlakyScenarioThatFlipsWithThreeTrialsIsListedNotCounted() {
        Comparison c = compare(run(3, "PPP", "PPP", "PFP"), run(3, "PFP", "FFF", "PFF"), CompareOptions.defaults());

        assertThat(c.with(ScenarioStatus.FLAKY)).extracting(ScenarioChange::scenarioId).containsExactly("s0001", "s0003");
        assertThat(c.with(ScenarioStatus.FLAKY).get(0).note()).isEqualTo("moved 1 of 3 trials; its trials disagree among themselves (0% in A, 33% in B)");
        assertThat(c.with(ScenarioStatus.REGRESSED)).extracting(ScenarioChange::scenarioId).containsExactly("s0002");
        assertThat(c.regressions()).isEqualTo(1);
        assertThat(c.regressed()).isFalse();
        // The paired rate still sees every trial: 8 of 9 passed in A, 3 of 9 in B.
        assertThat(c.judgedPairs()).isEqualTo(9);
        assertThat(c.rateB()).contains(3 / 9.0);
    }

    @Test
    void aRegressionNamesTheCheckThatNewlyFailsWithItsEvent() {
        Comparison c = compare(run(1, "P"), run(1, "F"), CompareOptions.defaults());

        NewFailure f = c.with(ScenarioStatus.REGRESSED).get(0).newFailures().get(0);
        assertThat(f.conversation()).isEqualTo("s0001-t1");
        assertThat(f.where()).isEqualTo("approval-required at event 2 (tool_call of issue_refund)");
        assertThat(f.message()).contains("without an approved approval");
        assertThat(c.checks()).singleElement().satisfies(r -> {
            assertThat(r.failedA()).isZero();
            assertThat(r.failedB()).isEqualTo(1);
        });
    }

    @Test
    void errorsUngradedAndSimulatorFailuresAreNoDiscordantPairs() {
        Comparison c = compare(run(1, "P", "P", "P", "P"), run(1, "E", "U", "S", "P"), CompareOptions.defaults());

        assertThat(c.regressions()).isZero();
        assertThat(c.notJudged()).isEqualTo(new NotJudged(1, 1, 1));
        assertThat(c.with(ScenarioStatus.NOT_JUDGED)).hasSize(3);
        assertThat(c.judgedPairs()).isEqualTo(1);
    }

    @Test
    void unpairedAndChangedScenariosAreListedApartFromRegressions() {
        CraftedRun a = run(1, "P", "P").scenario("s0009", "P");
        CraftedRun b = run(1, "P").scenario("s0002", "approval-over-threshold", "F").scenario("s0010", "F");

        Comparison c = compare(a, b, CompareOptions.defaults());

        assertThat(c.with(ScenarioStatus.CHANGED)).singleElement().satisfies(s -> {
            assertThat(s.scenarioId()).isEqualTo("s0002");
            assertThat(s.note()).isEqualTo("same id, different case: task refund-unopened -> approval-over-threshold");
        });
        assertThat(c.with(ScenarioStatus.REMOVED)).extracting(ScenarioChange::scenarioId).containsExactly("s0009");
        assertThat(c.with(ScenarioStatus.ADDED)).extracting(ScenarioChange::scenarioId).containsExactly("s0010");
        assertThat(c.regressions()).isZero();
        assertThat(c.judgedPairs()).isEqualTo(1);
    }

    @Test
    void perTagRatesCarryTheirIntervals() {
        Comparison c = compare(run(1, "P", "P", "F"), run(1, "P", "F", "F"), CompareOptions.defaults());

        assertThat(c.tags()).extracting(RateRow::name).containsExactly("frustration", "approval");
        RateRow approval = c.tags().get(1);
        assertThat(approval.judged()).isEqualTo(3);
        assertThat(Rates.text(approval.rateA(), approval.intervalA())).isEqualTo("66.7% (95% CI 20.8–93.9%)");
        assertThat(c.costs().reported()).isTrue();
        assertThat(c.costs().describe()).startsWith("$0.0030 -> $0.0030 (+$0.0000) over 3 paired conversations");
        assertThat(c.timings().conversationsA().median()).isEqualTo(1000L);
        assertThat(c.timings().turnsB().p95()).isEqualTo(100L);
    }

    @Test
    void refusesRunsOfDifferentWorlds() {
        Path a = run(1, "P").write(tmp.resolve("a"));
        Path b = new CraftedRun("other-world", 1).scenario("s0001", "P").write(tmp.resolve("b"));

        assertThatThrownBy(() -> RunComparison.of(a, b, CompareOptions.defaults()))
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT))
                .hasMessage(b + ": played world 'other-world', but " + a + " played 'acme-support'; compare runs of the same world");
    }

    @Test
    void refusesAnAlphaOutsideZeroToOne() {
        for (double alpha : List.of(0.0, 1.0, -0.1, Double.NaN)) {
            assertThatThrownBy(() -> new CompareOptions(alpha, null)).isInstanceOf(CurveballException.class).hasMessageStartingWith("--alpha: ");
        }
    }
}
