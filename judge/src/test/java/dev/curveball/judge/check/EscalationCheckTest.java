package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.judge.testkit.Acts;
import dev.curveball.judge.testkit.CheckRun;
import dev.curveball.judge.testkit.ScenarioBuilder;
import dev.curveball.judge.testkit.TraceBuilder;
import org.junit.jupiter.api.Test;

class EscalationCheckTest {
    private static final String HAND_OFF = "{'reason':'complaint','summary':'hub arrived damaged'}";

    private final Check check = new EscalationCheck();

    private CheckResult judge(EscalationNeed need, Trace trace) {
        return CheckRun.of(check, ScenarioBuilder.scenario("s1").user("C-1002").escalation(need).build(), trace).orElseThrow();
    }

    private static TraceBuilder handedOff(TraceBuilder builder) {
        return builder.toolCall("escalate_to_human", HAND_OFF).escalation().toolResult(200, "{'ticket_id':'HT-1','queue':'tier-2'}")
                .agent("I've passed your case to our tier-2 team; a colleague will contact you.", Acts.handsOff());
    }

    @Test
    void passesARequiredHandOffTheUserIsToldOf() {
        var trace = handedOff(TraceBuilder.of("s1").user("my hub arrived damaged, I want to talk to a real person")).end(EndReason.HANDED_TO_HUMAN).build();

        CheckResult result = judge(EscalationNeed.REQUIRED, trace);

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).isEqualTo("the task needs a person: escalate_to_human succeeded at event 1 and the reply at event 4"
                + " tells the user they are handed off");
    }

    @Test
    void failsARequiredHandOffThatNeverHappened() {
        var trace = TraceBuilder.of("s1").user("I want to talk to a real person")
                .agent("I understand. Could you tell me more about the problem?", Acts.asks("details", null))
                .end(EndReason.GAVE_UP).build();

        CheckResult result = judge(EscalationNeed.REQUIRED, trace);

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(2);
        assertThat(result.message()).isEqualTo("the task needs a person, but escalate_to_human never succeeded");
    }

    @Test
    void failsARequiredHandOffTheUserIsNeverToldOf() {
        var trace = TraceBuilder.of("s1").user("I want to talk to a real person")
                .toolCall("escalate_to_human", HAND_OFF).escalation().toolResult(200, "{'ticket_id':'HT-1'}")
                .agent("Is there anything else?", new dev.curveball.core.reading.Act[0])
                .end(EndReason.GAVE_UP).build();

        assertThat(judge(EscalationNeed.REQUIRED, trace).message()).endsWith("but no later reply tells the user they are handed to a person");
    }

    @Test
    void failsANeedlessHandOff() {
        var builder = TraceBuilder.of("s1").user("where is my hub A-5003?").read("get_order", "{'order_id':'A-5003'}");
        int handOff = builder.lastIndex() + 1;
        var trace = handedOff(builder).end(EndReason.HANDED_TO_HUMAN).build();

        CheckResult result = judge(EscalationNeed.NEEDLESS, trace);

        assertThat(result.passed()).isFalse();
        assertThat(result.event()).isEqualTo(handOff);
        assertThat(result.message()).isEqualTo("escalate_to_human at event 3 hands off a task that needs no person: before it no tool call"
                + " failed, no fault was injected and the user never asked for a person");
    }

    @Test
    void passesAHandOffAfterTheUserSwitchedToWhatNoToolDoes() {
        var trace = handedOff(TraceBuilder.of("s1").user("I want a refund for my hub")
                .agent("What's the order number?", Acts.asks("order_id", null))
                .user("A-5003. Actually, let's do an exchange for a different colour instead.", "change-mind"))
                .end(EndReason.HANDED_TO_HUMAN).build();

        CheckResult result = judge(EscalationNeed.NEEDLESS, trace);

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).contains("the user pressed for something beyond the task (change-mind)");
    }

    @Test
    void passesAHandOffAfterAToolFailed() {
        var trace = handedOff(TraceBuilder.of("s1").user("where is my hub A-5003?").call("get_order", "{'order_id':'A-5003'}", 500))
                .end(EndReason.HANDED_TO_HUMAN).build();

        CheckResult result = judge(EscalationNeed.NEEDLESS, trace);

        assertThat(result.passed()).isTrue();
        assertThat(result.message()).isEqualTo("the task needs no person, but each hand-off had a reason: escalate_to_human at event 3"
                + " after get_order answered 500 at event 2");
    }

    @Test
    void passesAHandOffAfterAnInjectedFault() {
        var trace = handedOff(TraceBuilder.of("s1").user("what's on my invoice?")
                .partialRead("get_invoice", "{'order_id':'A-5003'}", "line_items")).end(EndReason.HANDED_TO_HUMAN).build();

        assertThat(judge(EscalationNeed.NEEDLESS, trace).message()).contains("after a partial-data fault on get_invoice at event 2");
    }

    @Test
    void passesAHandOffTheUserAskedFor() {
        var trace = handedOff(TraceBuilder.of("s1").user("This is ridiculous! Get me a manager.")).end(EndReason.HANDED_TO_HUMAN).build();

        assertThat(judge(EscalationNeed.NEEDLESS, trace).message()).endsWith("after the user asked for a person at event 0");
    }

    @Test
    void passesANeedlessTaskWithoutAHandOff() {
        var trace = TraceBuilder.of("s1").user("where is my hub?").end(EndReason.GOAL_MET).build();

        assertThat(judge(EscalationNeed.NEEDLESS, trace).message()).isEqualTo("the task needs no person, and the agent handed nobody off");
    }

    @Test
    void doesNotJudgeATaskThatAllowsEither() {
        var trace = handedOff(TraceBuilder.of("s1").user("hi")).end(EndReason.HANDED_TO_HUMAN).build();

        assertThat(CheckRun.of(check, ScenarioBuilder.scenario("s1").escalation(EscalationNeed.ALLOWED).build(), trace)).isEmpty();
    }

    @Test
    void asksForAPersonInTheUsersOwnWords() {
        var words = UserWords.bundled();

        assertThat(words.asksForAPerson("Let me speak to a real person right now.")).isTrue();
        assertThat(words.asksForAPerson("can I talk to your supervisor?")).isTrue();
        assertThat(words.asksForAPerson("I want my money back for the headphones")).isFalse();
        assertThat(words.asksForAPerson("My son placed the order")).isFalse();
        assertThat(words.asksForAPerson("Someone said it was all dealt with. I want to know what the notes say.")).isFalse();
        assertThat(words.asksForAPerson("It's broken. Can I speak to someone?")).isTrue();
    }
}
