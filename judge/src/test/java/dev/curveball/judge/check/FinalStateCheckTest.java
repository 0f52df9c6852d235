package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.judge.testkit.CheckRun;
import dev.curveball.judge.testkit.ScenarioBuilder;
import dev.curveball.judge.testkit.TraceBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FinalStateCheckTest {
    private final Check check = new FinalStateCheck();

    private static Scenario expecting(String orderId, int count) {
        return ScenarioBuilder.scenario("s1")
                .expect(new Expectation.FinalState("refunds", Map.of("order_id", orderId), count)).build();
    }

    @Test
    void passesWhenNoRefundWasMadeForTheOrder() {
        var trace = TraceBuilder.of("s1")
                .call("issue_refund", "{'order_id':'A-5002','amount':59.00,'reason':'late'}", 200)
                .stateChange("refunds", "{'refund_id':'RF-1','order_id':'A-5002','amount':59.00}")
                .end(EndReason.GOAL_MET).build();

        CheckResult result = CheckRun.of(check, expecting("A-5001", 0), trace).orElseThrow();

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).isEqualTo("refunds has 0 records with order_id=A-5001, as expected");
    }

    @Test
    void failsAtTheStateChangeThatMadeTheForbiddenRefund() {
        var builder = TraceBuilder.of("s1").user("refund the keyboard")
                .toolCall("issue_refund", "{'order_id':'A-5004','amount':129.00,'reason':'opened'}")
                .stateChange("refunds", "{'refund_id':'RF-1','order_id':'A-5004','amount':129.00}");
        int made = builder.lastIndex();
        var trace = builder.toolResult(200, "{'status':'issued'}").end(EndReason.GOAL_MET).build();

        CheckResult result = CheckRun.of(check, expecting("A-5004", 0), trace).orElseThrow();

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(made).isEqualTo(2);
        assertThat(result.message()).isEqualTo(
                "refunds has 1 record with order_id=A-5004, expected 0; the first extra one was made by issue_refund at event 2");
    }

    @Test
    void pointsAtTheSecondRefundWhenOneWasExpected() {
        var builder = TraceBuilder.of("s1")
                .toolCall("issue_refund", "{'order_id':'A-5001','amount':249.00}")
                .stateChange("refunds", "{'refund_id':'RF-1','order_id':'A-5001','amount':249.00}")
                .toolCall("issue_refund", "{'order_id':'A-5001','amount':249.00}")
                .stateChange("refunds", "{'refund_id':'RF-2','order_id':'A-5001','amount':249.00}");
        int second = builder.lastIndex();

        CheckResult result = CheckRun.of(check, expecting("A-5001", 1), builder.end(EndReason.GOAL_MET).build()).orElseThrow();

        assertThat(result.event()).isEqualTo(second).isEqualTo(3);
    }

    @Test
    void failsWithoutAnEventWhenAnExpectedRecordIsMissing() {
        var trace = TraceBuilder.of("s1").agent("Your refund is on its way.").end(EndReason.GOAL_MET).build();

        CheckResult result = CheckRun.of(check, expecting("A-5001", 1), trace).orElseThrow();

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isNull();
        assertThat(result.message()).isEqualTo("refunds has 0 records with order_id=A-5001, expected 1");
    }

    @Test
    void comparesNumbersByValue() {
        var scenario = ScenarioBuilder.scenario("s1")
                .expect(new Expectation.FinalState("refunds", Map.of("amount", "249"), 1)).build();
        var trace = TraceBuilder.of("s1")
                .toolCall("issue_refund", "{'order_id':'A-5001','amount':249.00}")
                .stateChange("refunds", "{'refund_id':'RF-1','order_id':'A-5001','amount':249.00}")
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, scenario, trace).orElseThrow().passed()).isTrue();
    }

    @Test
    void doesNotApplyWithoutTheExpectation() {
        var trace = TraceBuilder.of("s1").end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, ScenarioBuilder.scenario("s1").build(), trace)).isEmpty();
    }
}
