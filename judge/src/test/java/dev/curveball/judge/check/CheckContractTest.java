package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
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
    void passesAnEmptyConversationUnderItsOwnId(Check check) {
        var scenario = ScenarioBuilder.scenario("s1")
                .expect(new Expectation.RetryLimit(1))
                .expect(new Expectation.CostBudget(BigDecimal.ONE))
                .expect(new Expectation.ToolCallBudget(1))
                .expect(new Expectation.CurrentDocument("refund-policy"))
                .expect(new Expectation.FinalState("refunds", Map.of(), 0))
                .build();
        var trace = TraceBuilder.of("s1").end(EndReason.GOAL_MET).build();

        Optional<CheckResult> result = CheckRun.of(check, scenario, trace);

        assertThat(result).get().extracting(CheckResult::id, CheckResult::passed, CheckResult::event)
                .containsExactly(check.id(), true, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registeredChecks")
    void answersForEveryScenarioOrOnlyForItsOwnExpectation(Check check) {
        var trace = TraceBuilder.of("s1").end(EndReason.GOAL_MET).build();
        Optional<CheckResult> withoutExpectations = CheckRun.of(check, ScenarioBuilder.scenario("s1").build(), trace);

        List<String> expectationChecks = List.of(RetryLimitCheck.ID, CostBudgetCheck.ID, ToolCallBudgetCheck.ID,
                CurrentDocumentCheck.ID, FinalStateCheck.ID);
        assertThat(withoutExpectations.isEmpty()).isEqualTo(expectationChecks.contains(check.id()));
    }
}
