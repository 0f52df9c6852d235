package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.judge.testkit.CheckRun;
import dev.curveball.judge.testkit.TraceBuilder;
import org.junit.jupiter.api.Test;

class DeclaredToolsCheckTest {
    private final Check check = new DeclaredToolsCheck();

    @Test
    void passesWhenEveryCallNamesADeclaredTool() {
        var trace = TraceBuilder.of("s1").user("where is my order?")
                .call("list_orders", "{'customer_id':'C-1001'}", 200)
                .agent("Here are your orders.").end(EndReason.GOAL_MET).build();

        CheckResult result = CheckRun.of(check, trace);

        assertThat(result.passed()).isTrue();
        assertThat(result.event()).isNull();
    }

    @Test
    void failsAtTheCallOfAnUndeclaredToolAndSuggestsTheNearestName() {
        var builder = TraceBuilder.of("s1").user("refund please")
                .call("get_order", "{'order_id':'A-5001'}", 200)
                .toolCall("issue_refunds", "{'order_id':'A-5001'}");
        int badCall = builder.lastIndex();
        var trace = builder.toolResult(404, "{'error':'no such tool'}").end(EndReason.GAVE_UP).build();

        CheckResult result = CheckRun.of(check, trace);

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(badCall).isEqualTo(3);
        assertThat(result.message()).contains("issue_refunds", "event 3", "did you mean 'issue_refund'");
    }

    @Test
    void countsFurtherViolationsAfterTheFirst() {
        var trace = TraceBuilder.of("s1")
                .call("refund_now", "{}", 404)
                .call("delete_account", "{}", 404)
                .end(EndReason.GAVE_UP).build();

        CheckResult result = CheckRun.of(check, trace);

        assertThat(result.event()).isZero();
        assertThat(result.message()).contains("refund_now").contains("and 1 more at event 2");
    }
}
