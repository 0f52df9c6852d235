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

class RetryLimitCheckTest {
    private static final String INVOICE = "{'order_id':'A-5001'}";

    private final Check check = new RetryLimitCheck();
    private final Scenario twoRetries = ScenarioBuilder.scenario("s1").expect(new Expectation.RetryLimit(2)).build();

    @Test
    void passesWithRetriesUpToTheLimit() {
        var trace = TraceBuilder.of("s1")
                .call("get_invoice", INVOICE, 504)
                .call("get_invoice", INVOICE, 429)
                .call("get_invoice", INVOICE, 200)
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, twoRetries, trace).orElseThrow().passed()).isTrue();
    }

    @Test
    void failsAtTheFirstRetryBeyondTheLimit() {
        var builder = TraceBuilder.of("s1").user("invoice please")
                .call("get_invoice", INVOICE, 504)
                .call("get_invoice", INVOICE, 429)
                .call("get_invoice", INVOICE, 429)
                .toolCall("get_invoice", INVOICE);
        int excess = builder.lastIndex();
        var trace = builder.toolResult(429, "{}").call("get_invoice", INVOICE, 429).end(EndReason.GAVE_UP).build();

        CheckResult result = CheckRun.of(check, twoRetries, trace).orElseThrow();

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(excess).isEqualTo(7);
        assertThat(result.message()).isEqualTo(
                "get_invoice {\"order_id\":\"A-5001\"} retried a 3rd time at event 7; the scenario allows 2 retries");
    }

    @Test
    void countsCallsWithDifferentArgumentsSeparately() {
        var trace = TraceBuilder.of("s1")
                .call("get_invoice", "{'order_id':'A-5001'}", 504)
                .call("get_invoice", "{'order_id':'A-5002'}", 504)
                .call("get_invoice", "{'order_id':'A-5004'}", 504)
                .call("get_invoice", "{'order_id':'A-5001'}", 200)
                .end(EndReason.GOAL_MET).build();

        var noRetries = ScenarioBuilder.scenario("s1").expect(new Expectation.RetryLimit(0)).build();
        CheckResult result = CheckRun.of(check, noRetries, trace).orElseThrow();

        assertThat(result.event()).isEqualTo(6);
        assertThat(result.message()).contains("retried a 1st time");
    }

    @Test
    void repeatingACallThatSucceededIsNotARetry() {
        var trace = TraceBuilder.of("s1")
                .call("list_orders", "{'customer_id':'C-1001'}", 200)
                .call("list_orders", "{'customer_id':'C-1001'}", 200)
                .call("list_orders", "{'customer_id':'C-1001'}", 200)
                .call("list_orders", "{'customer_id':'C-1001'}", 200)
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, twoRetries, trace).orElseThrow().passed()).isTrue();
    }

    @Test
    void aSuccessStartsTheCountAfresh() {
        var trace = TraceBuilder.of("s1")
                .call("get_invoice", INVOICE, 504)
                .call("get_invoice", INVOICE, 429)
                .call("get_invoice", INVOICE, 200)
                .call("get_invoice", INVOICE, 504)
                .call("get_invoice", INVOICE, 504)
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, twoRetries, trace).orElseThrow().passed()).isTrue();
    }

    @Test
    void doesNotApplyWithoutTheExpectation() {
        var trace = TraceBuilder.of("s1").end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, ScenarioBuilder.scenario("s1").build(), trace)).isEmpty();
    }
}
