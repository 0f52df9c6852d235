package dev.curveball.runner.user;

import static dev.curveball.runner.user.UserFixtures.persona;
import static dev.curveball.runner.user.UserFixtures.refundTask;
import static dev.curveball.runner.user.UserFixtures.scenario;
import static dev.curveball.runner.user.UserFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.persona.Noise;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.Utterances;
import dev.curveball.core.trace.EndReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptedUserSimulatorTest {
    private static final String DEFLECTION = "Thanks for reaching out, I'm looking into it.";

    @Test
    void opensWithTheScenarioOpening() {
        Persona persona = persona(3);
        ScriptedUserSimulator user = new ScriptedUserSimulator(persona, scenario(persona, refundTask(), 8), 1L);

        assertThat(user.open()).isEqualTo(UserFixtures.OPENING);
        assertThat(user.id()).isEqualTo("scripted");
        assertThat(user.turns()).isEqualTo(1);
    }

    @Test
    void revealsAHiddenFactOnlyWhenAsked() {
        ScriptedUserSimulator user = user(persona(3));

        assertThat(said(user.react(DEFLECTION))).doesNotContain("A-5001");
        assertThat(user.revealed()).isEmpty();

        assertThat(said(user.react("Could you tell me your Order Number?"))).isEqualTo("It's A-5001.");
        assertThat(user.revealed()).containsExactly("order_id");
    }

    @Test
    void revealsOneFactPerTurn() {
        ScriptedUserSimulator user = user(persona(3));
        String both = "Which order is it, and has it been opened?";

        assertThat(said(user.react(both))).isEqualTo("It's A-5001.");
        assertThat(said(user.react(both))).isEqualTo("It's no, it's still sealed.");
        assertThat(user.revealed()).containsExactly("order_id", "opened");
    }

    @Test
    void repeatsARevealedFactWhenAskedAgainWithoutCountingItTwice() {
        ScriptedUserSimulator user = user(persona(3));
        user.react("What's the order number?");

        assertThat(said(user.react("Sorry, what was the order number again?"))).isEqualTo("It's A-5001.");
        assertThat(user.revealed()).containsExactly("order_id");
        assertThat(user.frustration()).isZero();
    }

    @Test
    void answersAQuestionItHasNoHiddenFactForByRestatingItsRequest() {
        ScriptedUserSimulator user = user(persona(3));

        String answer = said(user.react("What colour were they?"));

        assertThat(answer).contains("headphones").contains("a refund").doesNotContain("${");
        assertThat(user.frustration()).isZero();
    }

    @Test
    void restatesItsRequestInThePersonasOwnWordsWhenItHasRestateLines() {
        Utterances base = UserFixtures.utterances();
        Utterances terse = new Utterances(base.opening(), base.reveal(), List.of("told u. ${item}. i want ${request}"),
                base.pushback(), base.frustrated(), List.of(), List.of(), List.of(), List.of(), base.thanks(), base.giveUp());
        ScriptedUserSimulator user = user(persona(terse, Noise.NONE, 3));

        assertThat(said(user.react("What colour were they?"))).isEqualTo("told u. headphones. i want a refund");
        assertThat(user.frustration()).isZero();
    }

    @Test
    void stopsWithGoalMetOnASuccessSignal() {
        UserMove move = user(persona(3)).react("Good news: your Refund Has Been Issued.");

        assertThat(move).isEqualTo(new UserMove.Stop(EndReason.GOAL_MET, "Thanks.", "said goal met: 'refund has been issued'"));
    }

    @Test
    void acceptsAClearNextStep() {
        UserMove move = user(persona(3)).react("It's over 100.00, so I've sent it for approval.");

        assertThat(move).isEqualTo(new UserMove.Stop(EndReason.GOAL_MET, "Thanks.", "accepted next step: approval"));
    }

    @Test
    void answersTheQuestionBeforeAcceptingANextStep() {
        ScriptedUserSimulator user = user(persona(3));

        assertThat(said(user.react("I can ask a supervisor. Which order is it?"))).isEqualTo("It's A-5001.");
        assertThat(user.react("Thanks, sent to a supervisor.")).isInstanceOf(UserMove.Stop.class);
    }

    @Test
    void aNegatedSuccessIsNotTheGoalMet() {
        ScriptedUserSimulator user = user(persona(3));

        assertThat(said(user.react("Nothing has been refunded yet."))).isEqualTo("That doesn't help. I want a refund.");
        assertThat(user.react("Your order A-5001 hasn't been refunded.")).isInstanceOf(UserMove.Say.class);
    }

    @Test
    void aConditionalSuccessIsNotTheGoalMet() {
        ScriptedUserSimulator user = user(persona(3));

        assertThat(user.react("Once it's approved, your refund has been issued within a day.")).isInstanceOf(UserMove.Say.class);
        assertThat(user.react("I can check whether you were refunded.")).isInstanceOf(UserMove.Say.class);
        assertThat(user.react("Your refund has been issued if the payment clears.")).isInstanceOf(UserMove.Say.class);
    }

    @Test
    void aQuestionIsNotTheGoalMet() {
        ScriptedUserSimulator user = user(persona(3));

        String answer = said(user.react("So your refund has been issued already, is that what you were told?"));

        assertThat(answer).contains("headphones").contains("a refund");
    }

    @Test
    void aSuccessStatedAmongOtherSentencesMeetsTheGoal() {
        UserMove move = user(persona(3)).react("Sorry for the wait. I can confirm your refund has been issued, "
                + "and you'll see it within 5 days. Anything else?");

        assertThat(move).isEqualTo(new UserMove.Stop(EndReason.GOAL_MET, "Thanks.", "said goal met: 'refund has been issued'"));
    }

    @Test
    void handsOffWhenTheAgentEscalates() {
        UserMove move = user(persona(3)).react("I've transferred you to a human agent who will call you.");

        assertThat(move).isEqualTo(new UserMove.Stop(EndReason.HANDED_TO_HUMAN, "Thanks.", "said it handed off: 'i've transferred'"));
    }

    @Test
    void handsOffEvenWhenALaterClauseIsConditional() {
        UserMove move = user(persona(3)).react("I've handed this to a human colleague, who will contact you when they're free.");

        assertThat(move).isEqualTo(new UserMove.Stop(EndReason.HANDED_TO_HUMAN, "Thanks.", "said it handed off: 'i've handed'"));
    }

    @Test
    void anOfferToEscalateIsNotAHandOff() {
        ScriptedUserSimulator user = user(persona(3));

        assertThat(said(user.react("Would you like me to escalate this to a human agent? What's your order number?")))
                .isEqualTo("It's A-5001.");
        assertThat(user.react("If you'd like, I can hand this to a human colleague to look at again."))
                .isInstanceOf(UserMove.Say.class);
        assertThat(user.react("Once I've escalated it, a specialist will contact you.")).isInstanceOf(UserMove.Say.class);
        assertThat(user.react("Shall I say it has been escalated?")).isInstanceOf(UserMove.Say.class);
    }

    @Test
    void aNextStepOfferedAsAQuestionIsNotAccepted() {
        ScriptedUserSimulator user = user(persona(3));

        assertThat(user.react("Would you like me to ask a supervisor for approval?")).isInstanceOf(UserMove.Say.class);
        assertThat(user.turns()).isEqualTo(2);
    }

    @Test
    void aNegatedNextStepIsStillANextStep() {
        Persona persona = persona(3);
        ScriptedUserSimulator user = new ScriptedUserSimulator(persona,
                scenario(persona, UserFixtures.task(List.of("refund has been issued"), List.of("not eligible")), 8), 1L);
        user.open();

        UserMove move = user.react("It was delivered 20 days ago, so it's not eligible for a refund.");

        assertThat(move).isEqualTo(new UserMove.Stop(EndReason.GOAL_MET, "Thanks.", "accepted next step: not eligible"));
    }

    @Test
    void takesAnEscalationAsSuccessWhenTheTaskAsksForOne() {
        Persona persona = persona(3);
        ScriptedUserSimulator user = new ScriptedUserSimulator(persona,
                scenario(persona, UserFixtures.task(List.of("escalated"), List.of()), 8), 1L);
        user.open();

        UserMove move = user.react("I have escalated your case.");

        assertThat(((UserMove.Stop) move).reason()).isEqualTo(EndReason.GOAL_MET);
    }

    @Test
    void stopsAtTheTurnLimit() {
        ScriptedUserSimulator user = user(persona(9), 3);

        assertThat(user.react("Which order?")).isInstanceOf(UserMove.Say.class);
        assertThat(user.react(DEFLECTION)).isInstanceOf(UserMove.Say.class);
        UserMove move = user.react(DEFLECTION);

        assertThat(move).isEqualTo(new UserMove.Stop(EndReason.MAX_TURNS, null, "turn limit 3 reached"));
        assertThat(user.turns()).isEqualTo(3);
    }

    @Test
    void aGoalMetOnTheLastTurnIsNotReadAsTheTurnLimit() {
        ScriptedUserSimulator user = user(persona(9), 2);
        user.react(DEFLECTION);

        assertThat(((UserMove.Stop) user.react("Your refund has been issued.")).reason()).isEqualTo(EndReason.GOAL_MET);
    }

    @Test
    void refusesAScenarioWrittenForAnotherPersona() {
        Persona persona = persona(3);
        Persona other = new Persona("someone-else", "x", "x", null, null, null, 3, UserFixtures.utterances(), persona.tags());

        assertThatThrownBy(() -> new ScriptedUserSimulator(other, scenario(persona, refundTask(), 8), 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scenario 's0001' is for persona 'tester', not 'someone-else'");
    }

    static String said(UserMove move) {
        assertThat(move).isInstanceOf(UserMove.Say.class);
        return ((UserMove.Say) move).text();
    }
}
