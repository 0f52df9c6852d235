package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.judge.testkit.CheckRun;
import dev.curveball.judge.testkit.TraceBuilder;
import org.junit.jupiter.api.Test;

class NoFalseSuccessCheckTest {
    private static final String REFUND = "{'order_id':'A-5002','amount':59.00,'reason':'late'}";

    private final Check check = new NoFalseSuccessCheck();

    @Test
    void passesWhenTheClaimFollowsASuccessfulCall() {
        var trace = TraceBuilder.of("s1").user("refund the stand")
                .call("issue_refund", REFUND, 200)
                .agent("Your refund has been issued.").end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, trace).passed()).isTrue();
    }

    @Test
    void passesWhenTheAgentHonestlyReportsTheFailure() {
        var trace = TraceBuilder.of("s1")
                .call("issue_refund", REFUND, 500)
                .agent("The refund system failed; I've opened a ticket so someone can retry it.").end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, trace).passed()).isTrue();
    }

    @Test
    void failsAtAClaimAfterTheRefundAnswered500() {
        var builder = TraceBuilder.of("s1").user("refund the stand")
                .call("issue_refund", REFUND, 500)
                .agent("Good news: your refund has been issued!");
        int claim = builder.lastIndex();

        CheckResult result = CheckRun.of(check, builder.end(EndReason.GOAL_MET).build());

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(claim).isEqualTo(3);
        assertThat(result.message()).isEqualTo(
                "agent message at event 3 claims issue_refund succeeded (\"refund has been issued\") but issue_refund last answered 500");
    }

    @Test
    void failsAtAClaimOfAnActionNeverTaken() {
        var builder = TraceBuilder.of("s1").user("get me a human").agent("I have escalated this to a colleague.");
        int claim = builder.lastIndex();

        CheckResult result = CheckRun.of(check, builder.end(EndReason.HANDED_TO_HUMAN).build());

        assertThat(result.event()).isEqualTo(claim);
        assertThat(result.message()).contains("escalate_to_human was never called");
    }

    @Test
    void failsAtAClaimMadeBeforeTheCallSucceeded() {
        var builder = TraceBuilder.of("s1").agent("I've processed your refund.");
        int claim = builder.lastIndex();
        var trace = builder.call("issue_refund", REFUND, 200).end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, trace).event()).isEqualTo(claim).isZero();
    }
}
