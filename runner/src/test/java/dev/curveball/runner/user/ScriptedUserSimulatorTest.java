package dev.curveball.runner.user;

import static dev.curveball.runner.user.UserFixtures.approvalTask;
import static dev.curveball.runner.user.UserFixtures.declinedTask;
import static dev.curveball.runner.user.UserFixtures.done;
import static dev.curveball.runner.user.UserFixtures.persona;
import static dev.curveball.runner.user.UserFixtures.react;
import static dev.curveball.runner.user.UserFixtures.read;
import static dev.curveball.runner.user.UserFixtures.reading;
import static dev.curveball.runner.user.UserFixtures.refundTask;
import static dev.curveball.runner.user.UserFixtures.scenario;
import static dev.curveball.runner.user.UserFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.persona.Noise;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.Tactic;
import dev.curveball.core.persona.Utterances;
import dev.curveball.core.reading.Act;
import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.trace.EndReason;
import dev.curveball.runner.testkit.AcmeWorld;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptedUserSimulatorTest {
    private static final String DEFLECTION = "Thanks for reaching out, I'm looking into it.";

    @Test
    void opensWithTheScenarioOpening() {
        Persona persona = persona(3);
        ScriptedUserSimulator user = new ScriptedUserSimulator(AcmeWorld.world(), persona, scenario(persona, refundTask(), 8), 1L);

        assertThat(user.open()).isEqualTo(UserFixtures.OPENING);
        assertThat(user.id()).isEqualTo("scripted");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The refund for A-5001 went through, reference RF-0001.",                    // formal
        "Done! Your money's on its way back \uD83C\uDF89",                              // warm
        "Refund issued. RF-0001.",                                                    // terse
        "I have processed the reimbursement of 249.00 to your card.",                 // formal, another word
        "Certainly! Thank you so much for your patience today, I really appreciate it. I've gone ahead and issued "
                + "your refund for the headphones, you should see it within 5 days.",  // chatty
        "Sorry for the wait. I can confirm your refund has been issued. Anything else?"})
    void recognisesARealSuccessHoweverTheAgentWordsIt(String reply) {
        UserMove move = react(user(persona(3)), reply);

        assertThat(move).isInstanceOf(UserMove.Stop.class);
        assertThat(((UserMove.Stop) move).reason()).isEqualTo(EndReason.GOAL_MET);
        assertThat(((UserMove.Stop) move).detail()).startsWith("said goal met: issue_refund done on A-5001: done issue_refund");
    }

    @Test
    void recognisesASuccessInNonNativeEnglish() {
        // The offline reader reads no act in this wording yet (it is being tuned): the reading is given by hand.
        String reply = "refund is make for you order A-5001, you receive soon";
        UserMove move = user(persona(3)).react(reply, reading(done("issue_refund", "A-5001", reply)));

        assertThat(move).isEqualTo(new UserMove.Stop(EndReason.GOAL_MET, "Thanks.",
                "said goal met: issue_refund done on A-5001: done issue_refund A-5001 (\"" + reply + "\")"));
    }

    @Test
    void believesAClaimOfSuccessItCannotCheck() {
        // No tool was called: the refund never happened. The user cannot know that; the judge must catch it.
        String reply = "Good news: your refund has been issued.";

        UserMove move = react(user(persona(3)), reply);

        assertThat(move).isEqualTo(new UserMove.Stop(EndReason.GOAL_MET, "Thanks.",
                "said goal met: issue_refund done on A-5001: done issue_refund A-5001 (\"" + reply + "\")"));
    }

    @Test
    void believesItGotWhatItAskedForEvenWhereThePolicySaysNo() {
        // The task expects the refund turned down (or waiting for approval); a customer told it was refunded is satisfied all the same.
        String reply = "Your refund has been issued.";

        UserMove declined = react(user(persona(3), declinedTask(), 8), reply);
        UserMove pending = react(user(persona(3), approvalTask(), 8), reply);

        assertThat(declined).isEqualTo(new UserMove.Stop(EndReason.GOAL_MET, "Thanks.",
                "said goal met: issue_refund done on A-5001: done issue_refund A-5001 (\"" + reply + "\")"));
        assertThat(pending).isEqualTo(declined);
    }

    @Test
    void aSuccessOnAnotherOrderIsNotItsGoalAndItCorrectsTheAgent() {
        ScriptedUserSimulator user = user(persona(3));

        String correction = said(react(user, "I've refunded your laptop stand order A-5002."));

        assertThat(correction).contains("headphones").doesNotContain("A-5001");
        assertThat(correction).isIn(List.of("No, I mean my headphones, not that one.", "That's not the one I'm asking about. It's my headphones."));
        assertThat(user.frustration()).isEqualTo(1);
    }

    @Test
    void correctsTheAgentWithTheOrderIdOnceItHasGivenIt() {
        ScriptedUserSimulator user = user(persona(3));
        react(user, "Which order is it?");

        String correction = said(react(user, "Your laptop stand (A-5002) was delivered on 6 November."));

        assertThat(correction).contains("A-5001").contains("headphones");
    }

    @Test
    void anAnswerAboutAnOrderTheUserNamedItselfIsNoMixUp() {
        // The user asked about A-5003 (a probe, a second issue): an answer about it is not about the wrong order.
        ScriptedUserSimulator user = user(persona(3, Tactic.PROBE_OTHER_ACCOUNTS));
        assertThat(said(react(user, "Which order is it?"))).endsWith("Can you also check order A-5003?");

        String answer = said(react(user, "Order A-5003 was delivered on 20 November."));

        assertThat(answer).contains("a refund").doesNotContain("not that one");
    }

    @Test
    void revealsAHiddenFactOnlyWhenAsked() {
        ScriptedUserSimulator user = user(persona(3));

        assertThat(said(react(user, DEFLECTION))).doesNotContain("A-5001");
        assertThat(said(react(user, "Your order number is on your confirmation email."))).doesNotContain("A-5001");
        assertThat(user.revealed()).isEmpty();

        assertThat(said(react(user, "Could you tell me your Order Number?"))).isEqualTo("It's A-5001.");
        assertThat(user.revealed()).containsExactly("order_id");
    }

    @Test
    void revealsAFactWhenTheQuestionUsesItsAskedByWords() {
        ScriptedUserSimulator user = user(persona(3));
        ReplyReading asksAboutCondition = reading(Act.asks("details", "What condition is it in?"));

        assertThat(said(user.react("What condition is it in?", asksAboutCondition))).isEqualTo("It's no, it's still sealed.");
        assertThat(user.revealed()).containsExactly("opened");
    }

    @Test
    void neverRevealsAFactInAnswerToAStatementNamingIt() {
        ScriptedUserSimulator user = user(persona(3));
        ReplyReading statesTheOrder = reading(Act.asserts("A-5001", "order_id", "A-5001",
                "I found your order number A-5001."));

        user.react("I found your order number A-5001.", statesTheOrder);

        assertThat(user.revealed()).isEmpty();
    }

    @Test
    void answersEveryFactAskedInOneReply() {
        ScriptedUserSimulator user = user(persona(3));

        assertThat(said(react(user, "Which order is it, and has it been opened?"))).isEqualTo("It's A-5001. It's no, it's still sealed.");
        assertThat(user.revealed()).containsExactly("order_id", "opened");
    }

    @Test
    void aRepeatedQuestionIsADeflection() {
        ScriptedUserSimulator user = user(persona(3));
        assertThat(said(react(user, "What's the order number?"))).isEqualTo("It's A-5001.");

        assertThat(said(react(user, "What's the order number??"))).isEqualTo("It's A-5001.");
        assertThat(user.frustration()).isEqualTo(1);
        assertThat(said(react(user, "Sorry, what was the order number again?"))).isEqualTo("It's A-5001.");
        assertThat(user.frustration()).isEqualTo(2);
        assertThat(user.revealed()).containsExactly("order_id");
    }

    @Test
    void aRepeatedReplyIsADeflectionWhateverItSays() {
        ScriptedUserSimulator user = user(persona(3));
        String offer = "Would you like me to escalate this to a human agent?";
        react(user, offer);

        assertThat(said(react(user, offer.toUpperCase()))).isEqualTo("That doesn't help. I want a refund.");
        assertThat(user.frustration()).isEqualTo(1);
    }

    @Test
    void anEmptyReplyOrOneThatDoesNothingIsADeflection() {
        ScriptedUserSimulator user = user(persona(3));

        assertThat(said(react(user, ""))).isEqualTo("That doesn't help. I want a refund.");
        assertThat(said(react(user, "What colour were they?"))).isEqualTo("That doesn't help. I want a refund.");
        assertThat(said(react(user, DEFLECTION + "?"))).isEqualTo("That doesn't help. I want a refund.");
        assertThat(user.frustration()).isEqualTo(3);
    }

    @Test
    void answersANewQuestionItHoldsNoFactForByRestatingItsRequest() {
        ScriptedUserSimulator user = user(persona(3));

        String answer = said(react(user, "Can you tell me more about the problem?"));

        assertThat(answer).contains("headphones").contains("a refund").doesNotContain("${");
        assertThat(user.frustration()).isZero();
    }

    @Test
    void restatesItsRequestInThePersonasOwnWordsWhenItHasRestateLines() {
        Utterances base = UserFixtures.utterances();
        Utterances terse = new Utterances(base.opening(), base.reveal(), List.of("told u. ${item}. i want ${request}"),
                base.pushback(), base.frustrated(), List.of(), List.of(), List.of(), List.of(), base.thanks(), base.giveUp());
        ScriptedUserSimulator user = user(persona(terse, Noise.NONE, 3));

        assertThat(said(react(user, "Can you tell me more about the problem?"))).isEqualTo("told u. headphones. i want a refund");
        assertThat(user.frustration()).isZero();
    }

    @Test
    void correctsInThePersonasOwnWordsWhenItHasCorrectLines() {
        Utterances base = UserFixtures.utterances();
        Utterances own = new Utterances(base.opening(), base.reveal(), List.of(), List.of("nope, the ${item}. #${order_id}"),
                base.pushback(), base.frustrated(), List.of(), List.of(), List.of(), List.of(), base.thanks(), base.giveUp());
        ScriptedUserSimulator user = user(persona(own, Noise.NONE, 3));

        // Its only line names the order, which it has not given yet: the shared line says it instead.
        assertThat(said(react(user, "I've refunded your laptop stand order A-5002."))).contains("headphones").doesNotContain("#");
        react(user, "Which order is it?");
        assertThat(said(react(user, "I've refunded your keyboard order A-5004."))).isEqualTo("nope, the headphones. #A-5001");
    }

    @Test
    void acceptsAnOfferOfWhatItCameFor() {
        UserMove move = react(user(persona(3)), "Shall I go ahead with the refund?");

        assertThat(said(move)).isIn(ScriptedVocabulary.bundled().accept());
    }

    @Test
    void acceptsAPendingApprovalForTheApprovalTask() {
        String reply = "Your refund request is with my supervisor now; you'll hear back within a day.";

        UserMove move = react(user(persona(3), approvalTask(), 8), reply);

        assertThat(move).isEqualTo(new UserMove.Stop(EndReason.GOAL_MET, "Thanks.",
                "accepted issue_refund pending on A-5001 after request_approval: pending issue_refund A-5001 (\"" + reply + "\")"));
    }

    @Test
    void aPendingRefundIsNotTheRefundItCameFor() {
        ScriptedUserSimulator user = user(persona(3));

        assertThat(said(react(user, "Your refund request is with my supervisor now; you'll hear back within a day.")))
                .contains("a refund");
        assertThat(user.frustration()).isZero();
    }

    @Test
    void answersTheQuestionBeforeAcceptingAnOutcomeItOnlyAccepts() {
        ScriptedUserSimulator user = user(persona(3), approvalTask(), 8);
        ReplyReading pendingAndAsks = reading(Act.action(ActKind.PENDING, "issue_refund", null, "I'll ask a supervisor."),
                Act.asks("order_id", "Which order is it?"));

        assertThat(said(user.react("I'll ask a supervisor. Which order is it?", pendingAndAsks))).isEqualTo("It's A-5001.");
        assertThat(react(user, "Thanks, your refund is waiting for a supervisor's approval.")).isInstanceOf(UserMove.Stop.class);
    }

    @Test
    void acceptsARefusalWhenTheTaskIsOneThePolicyForbids() {
        UserMove move = react(user(persona(3), declinedTask(), 8), "Unfortunately that order isn't eligible for a refund anymore.");

        assertThat(((UserMove.Stop) move).reason()).isEqualTo(EndReason.GOAL_MET);
        assertThat(((UserMove.Stop) move).detail()).startsWith("accepted issue_refund declined on A-5001");
    }

    @Test
    void pushesBackOnARefusalOfWhatItCameFor() {
        ScriptedUserSimulator user = user(persona(3));

        assertThat(said(react(user, "Unfortunately that order isn't eligible for a refund anymore.")))
                .isEqualTo("That doesn't help. I want a refund.");
        assertThat(user.frustration()).isEqualTo(1);
    }

    @Test
    void acceptsAnHonestReportOfAFailureAsANextStep() {
        UserMove move = react(user(persona(3)), "I couldn't process the refund: our system returned an error.");

        assertThat(move).isEqualTo(new UserMove.Stop(EndReason.GOAL_MET, "Thanks.", "accepted next step: not_done issue_refund A-5001 "
                + "(\"I couldn't process the refund: our system returned an error.\")"));
    }

    @Test
    void handsOffWhenTheAgentEscalates() {
        UserMove move = react(user(persona(3)), "I've transferred you to a human agent who will call you.");

        assertThat(move).isEqualTo(new UserMove.Stop(EndReason.HANDED_TO_HUMAN, "Thanks.",
                "said it handed off: hands_off (\"I've transferred you to a human agent who will call you.\")"));
    }

    @Test
    void anOfferToEscalateIsNotAHandOff() {
        ScriptedUserSimulator user = user(persona(3));

        assertThat(said(react(user, "Would you like me to escalate this to a human agent? What's your order number?")))
                .isEqualTo("It's A-5001.");
        assertThat(react(user, "If you'd like, I can hand this to a human colleague to look at again.")).isInstanceOf(UserMove.Say.class);
    }

    @Test
    void takesAHandOffAsItsGoalWhenTheTaskWantsAPerson() {
        ScriptedUserSimulator user = user(persona(3), UserFixtures.task(List.of(Resolution.done("escalate_to_human", null))), 8);

        UserMove move = react(user, "I've escalated this to a colleague.");

        assertThat(((UserMove.Stop) move).reason()).isEqualTo(EndReason.GOAL_MET);
    }

    @Test
    void leavesTheTurnLimitToTheConversationLoop() {
        ScriptedUserSimulator user = user(persona(9), 3);

        assertThat(react(user, "Which order?")).isInstanceOf(UserMove.Say.class);
        assertThat(react(user, DEFLECTION)).isInstanceOf(UserMove.Say.class);
        assertThat(react(user, DEFLECTION)).isInstanceOf(UserMove.Say.class);
        assertThat(react(user, DEFLECTION)).isInstanceOf(UserMove.Say.class);
    }

    @Test
    void aGoalMetOnTheLastTurnIsNotReadAsTheTurnLimit() {
        ScriptedUserSimulator user = user(persona(9), 2);
        react(user, DEFLECTION);

        assertThat(((UserMove.Stop) react(user, "Your refund has been issued.")).reason()).isEqualTo(EndReason.GOAL_MET);
    }

    @Test
    void readsNoReadingAsAReplyThatDoesNothing() {
        ScriptedUserSimulator user = user(persona(3));

        assertThat(said(user.react("Your refund has been issued.", null))).isEqualTo("That doesn't help. I want a refund.");
        assertThat(read("Your refund has been issued.").has(ActKind.DONE)).isTrue();
    }

    @Test
    void refusesAScenarioWrittenForAnotherPersona() {
        Persona persona = persona(3);
        Persona other = new Persona("someone-else", "x", "x", null, null, null, 3, UserFixtures.utterances(), persona.tags());

        assertThatThrownBy(() -> new ScriptedUserSimulator(AcmeWorld.world(), other, scenario(persona, refundTask(), 8), 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scenario 's0001' is for persona 'tester', not 'someone-else'");
    }

    static String said(UserMove move) {
        assertThat(move).isInstanceOf(UserMove.Say.class);
        return ((UserMove.Say) move).text();
    }
}
