package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.judge.testkit.CheckRun;
import dev.curveball.judge.testkit.ScenarioBuilder;
import dev.curveball.judge.testkit.TraceBuilder;
import org.junit.jupiter.api.Test;

class ToolCallBudgetCheckTest {
    private final Check check = new ToolCallBudgetCheck();
    private final Scenario twoCalls = ScenarioBuilder.scenario("s1").expect(new Expectation.ToolCallBudget(2)).build();

    @Test
    void passesWithCallsUpToTheBudget() {
        var trace = TraceBuilder.of("s1")
                .call("list_orders", "{'customer_id':'C-1001'}", 200)
                .call("get_order", "{'order_id':'A-5001'}", 200)
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, twoCalls, trace).orElseThrow().passed()).isTrue();
    }

    @Test
    void failsAtTheFirstCallBeyondTheBudget() {
        var builder = TraceBuilder.of("s1").user("help")
                .call("list_orders", "{'customer_id':'C-1001'}", 200)
                .call("get_order", "{'order_id':'A-5001'}", 200)
                .toolCall("get_invoice", "{'order_id':'A-5001'}");
        int third = builder.lastIndex();
        var trace = builder.toolResult(200, "{}").call("search_policy", "{'query':'refund'}", 200).end(EndReason.GOAL_MET).build();

        CheckResult result = CheckRun.of(check, twoCalls, trace).orElseThrow();

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(third).isEqualTo(5);
        assertThat(result.message()).isEqualTo("tool call 3 (get_invoice) at event 5 is over the budget of 2 tool calls");
    }

    @Test
    void doesNotApplyWithoutTheExpectation() {
        var trace = TraceBuilder.of("s1").end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, ScenarioBuilder.scenario("s1").build(), trace)).isEmpty();
    }
}
