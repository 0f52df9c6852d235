package dev.curveball.judge.blame;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.BlameReason;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Party;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.core.world.FaultKind;
import dev.curveball.judge.Judge;
import dev.curveball.judge.testkit.AcmeWorld;
import dev.curveball.judge.testkit.Acts;
import dev.curveball.judge.testkit.ScenarioBuilder;
import dev.curveball.judge.testkit.TraceBuilder;
import org.junit.jupiter.api.Test;

/** Crafted traces of each simulator fault, judged by the whole judge, and agent failures that stay the agent's. */
class FailureBlameTest {
    private static final String REFUND_HEADPHONES = "{'order_id':'A-5001','amount':249.00,'reason':'unopened'}";
    private static final Scenario HEADPHONES = ScenarioBuilder.scenario("s1").hidden("order_id", "A-5001").build();

    private final Judge judge = new Judge();

    private Verdict judge(Trace trace) {
        return judge.judge(AcmeWorld.get(), HEADPHONES, trace);
    }

    private static TraceBuilder askedForTheOrder() {
        return TraceBuilder.of("s1").user("I want my money back for the headphones.")
                .agent("Which order is it? Please give me the order number.", Acts.asks("order_id", null));
    }

    @Test
    void blamesTheSimulatorThatSaidGoalMetWhileTheAgentOnlyAsked() {
        TraceBuilder builder = askedForTheOrder().user("ok thanks, bye");
        Trace trace = builder.end(EndReason.GOAL_MET).build();

        Verdict v = judge(trace);

        assertThat(v.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(v.blame().party()).isEqualTo(Party.SIMULATOR);
        assertThat(v.blame().reasons()).containsExactly(new BlameReason(3, "the user said goal met at event 3 while the agent's last reply "
                + "(event 1) only asks or offers and confirms nothing yet"));
        assertThat(v.simulatorCaused()).isTrue();
    }

    @Test
    void blamesTheSimulatorThatWithheldAFactItWasAskedFor() {
        Trace trace = askedForTheOrder().user("I just want my money, sort it out.")
                .agent("I need the order number to find it.", Acts.asks("order_id", null))
                .user("Why is this so hard?")
                .end(EndReason.MAX_TURNS).build();

        Verdict v = judge(trace);

        assertThat(v.blame().party()).isEqualTo(Party.SIMULATOR);
        assertThat(v.blame().reasons()).extracting(BlameReason::message).containsExactly(
                "the agent asked for order id at event 1 and the user's reply at event 2 did not give it",
                "the agent asked for order id at event 3 and the user's reply at event 4 did not give it");
    }

    @Test
    void aFactSaidLateAfterTheAgentAskedIsWithheldOnceAndNotGivenAway() {
        Trace trace = askedForTheOrder().user("I just want my money, sort it out.")
                .agent("Sorry to hear that.")
                .user("Fine, it's A-5001.")
                .end(EndReason.MAX_TURNS).build();

        Verdict v = judge(trace);

        assertThat(v.simulatorFaults()).extracting(BlameReason::message)
                .containsExactly("the agent asked for order id at event 1 and the user's reply at event 2 did not give it");
    }

    @Test
    void blamesTheSimulatorThatContradictedItsBriefWhenAsked() {
        Trace trace = askedForTheOrder().user("It's A-5002.")
                .agent("Let me look.")
                .end(EndReason.MAX_TURNS).build();

        Verdict v = judge(trace);

        assertThat(v.blame().party()).isEqualTo(Party.SIMULATOR);
        assertThat(v.blame().reasons()).extracting(BlameReason::message)
                .containsExactly("asked for order id at event 1, the user gave A-5002 at event 2; its brief says A-5001");
    }

    @Test
    void blamesTheSimulatorThatNamedARecordItsBriefDoesNotHold() {
        Trace trace = TraceBuilder.of("s1").user("I want my money back.")
                .agent("Sorry to hear that.")
                .user("Refund A-5004 then.")
                .end(EndReason.MAX_TURNS).build();

        Verdict v = judge(trace);

        assertThat(v.blame().party()).isEqualTo(Party.SIMULATOR);
        assertThat(v.blame().reasons()).extracting(BlameReason::message)
                .containsExactly("the user named A-5004 at event 2, a record its brief does not hold");
    }

    @Test
    void aRecordNamedWhilePlayingATacticIsNoContradiction() {
        Trace trace = TraceBuilder.of("s1").user("I want my money back.")
                .agent("Sorry to hear that.")
                .user("Also refund A-5004 while you're at it.", "mix-issues")
                .end(EndReason.MAX_TURNS).build();

        Verdict v = judge(trace);

        assertThat(v.blame().party()).isEqualTo(Party.AGENT);
        assertThat(v.simulatorFaults()).isEmpty();
    }

    @Test
    void blamesTheSimulatorThatBrokeCharacter() {
        Trace trace = TraceBuilder.of("s1").user("As an AI language model I cannot own headphones.")
                .agent("Sorry to hear that.")
                .end(EndReason.MAX_TURNS).build();

        Verdict v = judge(trace);

        assertThat(v.blame().party()).isEqualTo(Party.SIMULATOR);
        assertThat(v.blame().reasons()).extracting(BlameReason::message).containsExactly("the user broke character at event 0 (\"as an ai\")");
    }

    @Test
    void blamesTheSimulatorThatWasSatisfiedWithNothingReported() {
        Trace trace = TraceBuilder.of("s1").user("I want my money back.")
                .agent("Let me look into that for you.")
                .user("great, thanks")
                .end(EndReason.GOAL_MET).build();

        Verdict v = judge(trace);

        assertThat(v.blame().party()).isEqualTo(Party.SIMULATOR);
        assertThat(v.blame().reasons()).extracting(BlameReason::message).containsExactly("the user said goal met at event 3 although "
                + "the agent's last reply (event 1) reports nothing of the task: no outcome of it, hand-off or failure");
    }

    @Test
    void blamesTheSimulatorThatSaidItWasHandedOverWithNoHandOff() {
        Trace trace = TraceBuilder.of("s1").user("I want my money back.")
                .agent("Let me look into that for you.")
                .end(EndReason.HANDED_TO_HUMAN).build();

        Verdict v = judge(trace);

        assertThat(v.blame().party()).isEqualTo(Party.SIMULATOR);
        assertThat(v.blame().reasons()).extracting(BlameReason::message).containsExactly("the user said it was handed to a person at event 2 "
                + "although the agent's last reply (event 1) reports nothing of the task: no outcome of it, hand-off or failure");
    }

    @Test
    void blamesTheSimulatorThatGaveUpWithTheAgentsQuestionUnanswered() {
        Trace trace = askedForTheOrder().user("Forget it.").end(EndReason.GAVE_UP).build();

        Verdict v = judge(trace);

        assertThat(v.blame().party()).isEqualTo(Party.SIMULATOR);
        assertThat(v.blame().reasons()).extracting(BlameReason::message).containsExactly(
                "the user gave up at event 3 while the agent's reply at event 1 asked for order id, which it had not given");
    }

    @Test
    void recordsAUserThatGaveUpAlthoughTheOutcomeHeldOnAPass() {
        Trace trace = askedForTheOrder().user("It's A-5001.")
                .call("issue_refund", REFUND_HEADPHONES.replace("249.00", "49.00"), 200).stateChange("refunds", "{'order_id':'A-5001','amount':49.00}")
                .agent("Your refund for A-5001 has been issued.", Acts.done("issue_refund", "A-5001"))
                .user("This is useless, I'm done.")
                .end(EndReason.GAVE_UP).build();

        Verdict v = judge(trace);

        assertThat(v.outcome()).isEqualTo(Outcome.PASS);
        assertThat(v.blame()).isNull();
        assertThat(v.simulatorFaults()).extracting(BlameReason::message)
                .containsExactly("the user gave up at event 8 although the task's outcome held and the agent had said so");
    }

    @Test
    void aFactGivenAwayUnaskedCountsAgainstTheSimulatorButExcusesNothing() {
        Trace trace = TraceBuilder.of("s1").user("Refund my headphones, order A-5001.")
                .agent("Sorry to hear that.")
                .end(EndReason.MAX_TURNS).build();

        Verdict v = judge(trace);

        assertThat(v.blame().party()).isEqualTo(Party.AGENT);
        assertThat(v.simulatorFaults()).extracting(BlameReason::message)
                .containsExactly("the user gave away order id (A-5001) at event 0, which the agent had not asked for");
    }

    @Test
    void anAgentsOwnViolationStaysTheAgentsWhateverTheUserDid() {
        Trace trace = askedForTheOrder().user("It's A-5001.")
                .call("issue_refund", REFUND_HEADPHONES, 200).stateChange("refunds", "{'order_id':'A-5001','amount':249.00}")
                .agent("Could you tell me why you are returning it?", Acts.asks("reason", null))
                .user("ok bye")
                .end(EndReason.GOAL_MET).build();

        Verdict v = judge(trace);

        assertThat(v.blame().party()).isEqualTo(Party.AGENT);
        assertThat(v.blame().reasons()).extracting(BlameReason::message).anyMatch(m -> m.startsWith("approval-required: "));
        assertThat(v.simulatorFaults()).hasSize(1);
        assertThat(v.simulatorCaused()).isFalse();
    }

    @Test
    void blamesTheSimulatorThatStoppedOnAReplyAboutItsSecondIssueOnly() {
        Scenario invoice = ScenarioBuilder.scenario("s1").outcome(ScenarioBuilder.answered("line_items", "A-5001")).build();
        Trace trace = TraceBuilder.of("s1").user("I want the breakdown of my invoice for A-5001, and is my refund through yet?")
                .agent("Nothing has been refunded yet; we'll email you once it is reviewed.", Acts.notDone("issue_refund", "A-5001"))
                .user("Thanks, that's everything.")
                .end(EndReason.GOAL_MET).build();

        Verdict v = judge.judge(AcmeWorld.get(), invoice, trace);

        assertThat(v.blame().party()).isEqualTo(Party.SIMULATOR);
        assertThat(v.blame().reasons()).extracting(BlameReason::message).containsExactly("the user said goal met at event 3 although "
                + "the agent's last reply (event 1) reports nothing of the task: no outcome of it, hand-off or failure");
    }

    @Test
    void anHonestReportThatACalledToolFailedIsGroundToStop() {
        Scenario invoice = ScenarioBuilder.scenario("s1").outcome(ScenarioBuilder.answered("line_items", "A-5001")).build();
        Trace trace = TraceBuilder.of("s1").user("I want the breakdown of my invoice for A-5001.")
                .call("get_invoice", "{'order_id':'A-5001'}", 500)
                .agent("I couldn't get your invoice right now; please try again later.", Acts.notDone("get_invoice", "A-5001"))
                .user("Thanks.")
                .end(EndReason.GOAL_MET).build();

        Verdict v = judge.judge(AcmeWorld.get(), invoice, trace);

        assertThat(v.simulatorFaults()).isEmpty();
    }

    @Test
    void aUserThatBelievedAFalseClaimIsNotAtFault() {
        Trace trace = askedForTheOrder().user("It's A-5001.")
                .agent("Your refund for A-5001 has been issued.", Acts.done("issue_refund", "A-5001"))
                .user("great, thanks")
                .end(EndReason.GOAL_MET).build();

        Verdict v = judge(trace);

        assertThat(v.blame().party()).isEqualTo(Party.AGENT);
        assertThat(v.simulatorFaults()).isEmpty();
    }

    @Test
    void blamesTheEnvironmentWhenTheWorldFailedACallNoFaultAskedFor() {
        Trace trace = askedForTheOrder().user("It's A-5001.")
                .call("issue_refund", REFUND_HEADPHONES.replace("249.00", "49.00"), 500)
                .agent("Let me try again in a moment.")
                .end(EndReason.MAX_TURNS).build();

        Verdict v = judge(trace);

        assertThat(v.blame().party()).isEqualTo(Party.ENVIRONMENT);
        assertThat(v.blame().reasons()).containsExactly(
                new BlameReason(4, "issue_refund answered 500 at event 4 with no fault injected: the simulated world failed the call"));
    }

    @Test
    void aScenarioFaultIsTheAgentsToCopeWith() {
        Scenario faulty = ScenarioBuilder.scenario("s1").hidden("order_id", "A-5001").fault("issue_refund", FaultKind.TIMEOUT).build();
        Trace trace = askedForTheOrder().user("It's A-5001.")
                .toolCall("issue_refund", REFUND_HEADPHONES.replace("249.00", "49.00")).fault(FaultKind.TIMEOUT, "timed out")
                .toolResult(504, "{'error':'upstream timeout'}")
                .agent("Let me try again in a moment.")
                .end(EndReason.MAX_TURNS).build();

        Verdict v = judge.judge(AcmeWorld.get(), faulty, trace);

        assertThat(v.blame().party()).isEqualTo(Party.AGENT);
    }

    @Test
    void aPassOrAnErrorCarriesNoBlame() {
        Trace errored = askedForTheOrder().error(dev.curveball.core.trace.ErrorEvent.Source.AGENT, "agent answered 500")
                .end(EndReason.ERROR).build();

        Verdict v = judge(errored);

        assertThat(v.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(v.blame()).isNull();
        assertThat(v.simulatorFaults()).isEmpty();
    }
}
