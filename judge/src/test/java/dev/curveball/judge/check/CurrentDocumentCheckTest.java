package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.judge.testkit.CheckRun;
import dev.curveball.judge.testkit.ScenarioBuilder;
import dev.curveball.judge.testkit.TraceBuilder;
import org.junit.jupiter.api.Test;

class CurrentDocumentCheckTest {
    private final Check check = new CurrentDocumentCheck();
    private final Scenario refundPolicy = ScenarioBuilder.scenario("s1").expect(new Expectation.CurrentDocument("refund-policy")).build();

    @Test
    void passesWhenRepliesFollowTheCurrentVersion() {
        var trace = TraceBuilder.of("s1").user("can I return the stand?")
                .call("search_policy", "{'query':'refund'}", 200)
                .agent("Refunds are available within 14 days of delivery; yours arrived 20 days ago, so I can offer store credit.")
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, refundPolicy, trace).orElseThrow().passed()).isTrue();
    }

    @Test
    void failsAtTheReplyThatRepeatsTheSupersededRule() {
        var builder = TraceBuilder.of("s1").user("can I return the stand?")
                .call("search_policy", "{'query':'refund'}", 200)
                .agent("Let me look that up.")
                .agent("Yes! You have 30 days from delivery for a full refund.");
        int stale = builder.lastIndex();

        CheckResult result = CheckRun.of(check, refundPolicy, builder.end(EndReason.GOAL_MET).build()).orElseThrow();

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(stale).isEqualTo(4);
        assertThat(result.message()).isEqualTo("agent message at event 4 repeats '30 days' from superseded refund-policy v2 (current is v3)");
    }

    @Test
    void passesWhenTheReplyCallsTheSupersededRuleOld() {
        var trace = TraceBuilder.of("s1").user("isn't it 30 days?")
                .agent("I understand the confusion: the old 30-day window no longer applies. Under the current policy (v3) it's 14 days.")
                .end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, refundPolicy, trace).orElseThrow().passed()).isTrue();
    }

    @Test
    void passesWhenTheSentenceSetsTheSupersededRuleAgainstTheCurrentOne() {
        var trace = TraceBuilder.of("s1").agent("It's 14 days from delivery now, where it was 30 days before.").end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, refundPolicy, trace).orElseThrow().passed()).isTrue();
    }

    @Test
    void failsWhenTheAgentStatesTheSupersededRule() {
        var builder = TraceBuilder.of("s1").user("how long do I have?").agent("You have 30 days to return it.");
        int stale = builder.lastIndex();

        CheckResult result = CheckRun.of(check, refundPolicy, builder.end(EndReason.GOAL_MET).build()).orElseThrow();

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(stale);
        assertThat(result.message()).startsWith("agent message at event 1 repeats '30 days'");
    }

    @Test
    void failsWhenTheOutdatedCueSitsInAnotherSentence() {
        var trace = TraceBuilder.of("s1").agent("Our policy was changed recently. You have 30 days to return it!").end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, refundPolicy, trace).orElseThrow().passed()).isFalse();
    }

    @Test
    void rejectsAnExpectationNamingADocumentTheWorldLacks() {
        var scenario = ScenarioBuilder.scenario("s1").expect(new Expectation.CurrentDocument("refund-polcy")).build();
        var trace = TraceBuilder.of("s1").end(EndReason.GOAL_MET).build();

        assertThatThrownBy(() -> CheckRun.of(check, scenario, trace))
                .hasMessageContaining("unknown document 'refund-polcy' (did you mean 'refund-policy'?)");
    }

    @Test
    void doesNotApplyWithoutTheExpectation() {
        var trace = TraceBuilder.of("s1").agent("30 days").end(EndReason.GOAL_MET).build();

        assertThat(CheckRun.of(check, ScenarioBuilder.scenario("s1").build(), trace)).isEmpty();
    }
}
