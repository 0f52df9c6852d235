package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.cost.Role;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.judge.Judge;
import dev.curveball.judge.testkit.CheckRun;
import dev.curveball.judge.testkit.ScenarioBuilder;
import dev.curveball.judge.testkit.TraceBuilder;
import org.junit.jupiter.api.Test;

class TokenBudgetCheckTest {
    private final Check check = new TokenBudgetCheck();
    private final Scenario thousand = ScenarioBuilder.scenario("s1").expect(new Expectation.TokenBudget(1_000L)).build();

    @Test
    void failsAtTheAgentUsageThatCrossesTheBudgetNamingItsTurn() {
        var builder = TraceBuilder.of("s1").user("hi").agent("hello").usage(Role.AGENT, 600, "0")
                .user("refund?").agent("sure").usage(Role.USER, 9_000, "0").usage(Role.AGENT, 500, "0");
        int crossing = builder.lastIndex();
        var trace = builder.user("thanks").agent("bye").end(EndReason.GOAL_MET).build();

        CheckResult result = CheckRun.of(check, thousand, trace).orElseThrow();

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(crossing);
        assertThat(result.message()).isEqualTo("1,100 tokens at event " + crossing + " (turn 2), over the budget of 1,000 tokens");
    }

    @Test
    void passesWithinTheBudgetWhateverTheUserAndJudgeSpent() {
        var trace = TraceBuilder.of("s1").user("hi").agent("hello").usage(Role.AGENT, 400, null)
                .usage(Role.USER, 50_000, "0.01").usage(Role.JUDGE, 50_000, "0.01").end(EndReason.GOAL_MET).build();

        CheckResult result = CheckRun.of(check, thousand, trace).orElseThrow();

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).isEqualTo("400 tokens within the budget of 1,000");
    }

    @Test
    void isInstalledSoAScenarioCanAskForIt() {
        assertThat(new Judge().checks()).contains(TokenBudgetCheck.ID);
    }
}
