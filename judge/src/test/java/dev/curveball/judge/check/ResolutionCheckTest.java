package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.judge.testkit.CheckRun;
import dev.curveball.judge.testkit.ScenarioBuilder;
import dev.curveball.judge.testkit.TraceBuilder;
import org.junit.jupiter.api.Test;

class ResolutionCheckTest {
    private final Check check = new ResolutionCheck();
    private final Scenario scenario = ScenarioBuilder.scenario("s1").build();

    @Test
    void passesWhenTheGoalWasMetOrAHumanTookOver() {
        for (EndReason reason : new EndReason[] {EndReason.GOAL_MET, EndReason.HANDED_TO_HUMAN}) {
            var trace = TraceBuilder.of("s1").user("refund?").agent("Done.").end(reason).build();

            assertThat(CheckRun.of(check, scenario, trace).orElseThrow().passed()).isTrue();
        }
    }

    @Test
    void failsAtTheEndWhenTheUserGaveUp() {
        var builder = TraceBuilder.of("s1").user("refund?").agent("Please hold.").user("hello?").agent("Please hold.");
        var trace = builder.end(EndReason.GAVE_UP).build();

        CheckResult result = CheckRun.of(check, scenario, trace).orElseThrow();

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(trace.events().size() - 1);
        assertThat(result.message()).startsWith("the user gave up after");
    }

    @Test
    void failsWhenTheTurnLimitWasReached() {
        var trace = TraceBuilder.of("s1").user("refund?").agent("Would you like me to escalate?").end(EndReason.MAX_TURNS).build();

        assertThat(CheckRun.of(check, scenario, trace).orElseThrow().message()).contains("turn limit");
    }

    @Test
    void leavesErroredConversationsToTheErrorOutcome() {
        var trace = TraceBuilder.of("s1").user("refund?").end(EndReason.ERROR).build();

        assertThat(CheckRun.of(check, scenario, trace)).isEmpty();
    }
}
