package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.cost.Role;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.judge.testkit.CheckRun;
import dev.curveball.judge.testkit.ScenarioBuilder;
import dev.curveball.judge.testkit.TraceBuilder;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CostBudgetCheckTest {
    private final Check check = new CostBudgetCheck();
    private final Scenario fiveCents = ScenarioBuilder.scenario("s1").expect(new Expectation.CostBudget(new BigDecimal("0.05"))).build();

    @Test
    void passesWhenTheTotalStaysWithinTheBudget() {
        var trace = TraceBuilder.of("s1").user("hi").agent("hello").usage("0.02")
                .user("refund?").agent("sure").usage("0.03").end(EndReason.GOAL_MET).build();

        CheckResult result = CheckRun.of(check, fiveCents, trace).orElseThrow();

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).contains("0.05 USD within the budget");
    }

    @Test
    void failsAtTheUsageEventThatCrossesTheBudget() {
        var builder = TraceBuilder.of("s1").user("hi").agent("hello").usage("0.03")
                .user("refund?").agent("sure").usage("0.04");
        int crossing = builder.lastIndex();
        var trace = builder.user("thanks").agent("bye").usage("0.01").end(EndReason.GOAL_MET).build();

        CheckResult result = CheckRun.of(check, fiveCents, trace).orElseThrow();

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(crossing).isEqualTo(5);
        assertThat(result.message()).isEqualTo("cost reached 0.07 USD at event 5 (turn 2), over the budget of 0.05 USD");
    }

    @Test
    void countsOnlyTheAgentsCostAndSaysWhatItCouldNotPrice() {
        var trace = TraceBuilder.of("s1").user("hi").agent("hello").usage("0.01")
                .usage(Role.USER, 5_000, "0.20").usage(Role.JUDGE, 5_000, "0.20").usage(Role.AGENT, 700, null)
                .end(EndReason.GOAL_MET).build();

        CheckResult result = CheckRun.of(check, fiveCents, trace).orElseThrow();

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).isEqualTo("cost 0.01 USD within the budget of 0.05 USD; 700 tokens are unpriced "
                + "(no cost_usd reported and the model is not in the price table), so only $0.01 was counted");
    }

    @Test
    void doesNotApplyWithoutTheExpectation() {
        var trace = TraceBuilder.of("s1").usage("9.99").end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, ScenarioBuilder.scenario("s1").build(), trace)).isEmpty();
    }
}
