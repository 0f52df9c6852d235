package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.judge.testkit.CheckRun;
import dev.curveball.judge.testkit.TraceBuilder;
import org.junit.jupiter.api.Test;

class ToolArgumentsCheckTest {
    private final Check check = new ToolArgumentsCheck();

    @Test
    void passesWhenEveryCallFitsItsToolsSchema() {
        var trace = TraceBuilder.of("s1").user("refund A-5002 please")
                .call("get_order", "{'order_id':'A-5002'}", 200)
                .call("issue_refund", "{'order_id':'A-5002','amount':59.0,'reason':'damaged','approval_id':null}", 200)
                .call("update_ticket", "{'status':'solved','note':'refunded'}", 200)
                .agent("Refunded.").end(EndReason.GOAL_MET).build();

        CheckResult result = CheckRun.of(check, trace);

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).isEqualTo("all 3 calls of declared tools send arguments their schemas accept");
    }

    @Test
    void failsAtACallWhoseArgumentHasTheWrongTypeQuotingTheSchema() {
        var builder = TraceBuilder.of("s1").user("refund A-5002 please")
                .call("get_order", "{'order_id':'A-5002'}", 200)
                .toolCall("issue_refund", "{'order_id':'A-5002','amount':'forty','reason':'damaged'}");
        int badCall = builder.lastIndex();
        var trace = builder.toolResult(400, "{'error':'bad'}").end(EndReason.GAVE_UP).build();

        CheckResult result = CheckRun.of(check, trace);

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(badCall).isEqualTo(3);
        assertThat(result.message()).isEqualTo("issue_refund called at event 3 with arguments its schema refuses: "
                + "argument 'amount' must be a number, was \"forty\"");
    }

    @Test
    void failsAtACallMissingARequiredArgument() {
        var trace = TraceBuilder.of("s1")
                .call("get_order", "{}", 400)
                .end(EndReason.GAVE_UP).build();

        CheckResult result = CheckRun.of(check, trace);

        assertThat(result.event()).isZero();
        assertThat(result.message()).endsWith("missing required argument 'order_id'");
    }

    @Test
    void failsOnAValueOutsideTheEnumAndCountsTheOthers() {
        var trace = TraceBuilder.of("s1")
                .call("update_ticket", "{'status':'closed','note':'done'}", 400)
                .call("get_order", "{'order_id':5001}", 400)
                .end(EndReason.GAVE_UP).build();

        CheckResult result = CheckRun.of(check, trace);

        assertThat(result.event()).isZero();
        assertThat(result.message()).contains("argument 'status' must be one of [\"open\",\"pending\",\"solved\"], was \"closed\"")
                .endsWith("(and 1 more at event 2)");
    }

    @Test
    void leavesUndeclaredToolsToTheDeclaredToolsCheck() {
        var trace = TraceBuilder.of("s1").call("refund_now", "{'amount':'lots'}", 404).end(EndReason.GAVE_UP).build();

        assertThat(CheckRun.of(check, trace).passed()).isTrue();
    }
}
