package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.world.FaultKind;
import dev.curveball.judge.testkit.CheckRun;
import dev.curveball.judge.testkit.ScenarioBuilder;
import dev.curveball.judge.testkit.TraceBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every registered check promises, whoever wrote it. */
class CheckContractTest {
    /** Checks that run only when the scenario lists their expectation. */
    private static final List<String> EXPECTATION_CHECKS = List.of(RetryLimitCheck.ID, CostBudgetCheck.ID, ToolCallBudgetCheck.ID, TokenBudgetCheck.ID,
            CurrentDocumentCheck.ID, FinalStateCheck.ID);
    /** Checks that run only when the task, the scenario's faults or the world give them something to judge. */
    private static final List<String> CONDITIONAL_CHECKS = List.of(EscalationCheck.ID, PartialDataCheck.ID, InjectedInstructionsCheck.ID);
    /** Checks that judge whether the conversation achieved something, so an empty one fails them. */
    private static final List<String> OUTCOME_CHECKS = List.of(ResolutionCheck.ID);

    static Stream<Named<Check>> registeredChecks() {
        return ServiceLoader.load(Check.class).stream().map(ServiceLoader.Provider::get).map(c -> Named.of(c.id(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registeredChecks")
    void hasAKebabCaseId(Check check) {
        assertThat(check.id()).matches("[a-z]+(-[a-z]+)*");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registeredChecks")
    void answersAnEmptyConversationUnderItsOwnIdPassingUnlessItJudgesTheOutcome(Check check) {
        var scenario = ScenarioBuilder.scenario("s1")
                .expect(new Expectation.RetryLimit(1))
                .expect(new Expectation.CostBudget(BigDecimal.ONE))
                .expect(new Expectation.ToolCallBudget(1))
                .expect(new Expectation.TokenBudget(1L))
                .expect(new Expectation.CurrentDocument("refund-policy"))
                .expect(new Expectation.FinalState("refunds", Map.of(), 0))
                .escalation(EscalationNeed.NEEDLESS)
                .fault("get_invoice", FaultKind.PARTIAL_DATA, "line_items")
                .fault("search_policy", FaultKind.INJECTED_INSTRUCTIONS)
                .build();
        var trace = TraceBuilder.of("s1").end(EndReason.GOAL_MET).build();

        Optional<CheckResult> result = CheckRun.of(check, scenario, trace);

        boolean judgesOutcome = OUTCOME_CHECKS.contains(check.id());
        assertThat(result).get().extracting(CheckResult::id, CheckResult::passed)
                .containsExactly(check.id(), !judgesOutcome);
        if (!judgesOutcome) {
            assertThat(result.get().event()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registeredChecks")
    void answersForEveryScenarioOrOnlyWhenItApplies(Check check) {
        var trace = TraceBuilder.of("s1").end(EndReason.GOAL_MET).build();
        Optional<CheckResult> plain = CheckRun.of(check, ScenarioBuilder.scenario("s1").build(), trace);

        boolean appliesOnlySometimes = EXPECTATION_CHECKS.contains(check.id()) || CONDITIONAL_CHECKS.contains(check.id());
        assertThat(plain.isEmpty()).isEqualTo(appliesOnlySometimes);
    }
}
