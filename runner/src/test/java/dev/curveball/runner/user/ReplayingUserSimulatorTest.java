package dev.curveball.runner.user;

import static dev.curveball.runner.user.UserFixtures.persona;
import static dev.curveball.runner.user.UserFixtures.reading;
import static dev.curveball.runner.user.UserFixtures.refundTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.persona.Persona;
import dev.curveball.core.reading.Act;
import dev.curveball.core.reading.ActKind;
import dev.curveball.core.scenario.RecordedTurn;
import dev.curveball.core.testkit.ScriptedModelClient;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.runner.testkit.AcmeWorld;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayingUserSimulatorTest {
    private static final Act ASKS_ORDER = Act.asks("order_id", "Which order is it?");
    private static final Act DONE_REFUND = Act.action(ActKind.DONE, "issue_refund", "A-5001", "Refund issued for A-5001.");
    private static final List<RecordedTurn> SCRIPT = List.of(
            new RecordedTurn(List.of(), "I want my money back for the headphones", null, null),
            new RecordedTurn(List.of(ASKS_ORDER), "It's A-5001.", null, null),
            new RecordedTurn(List.of(DONE_REFUND), "thanks", null, EndReason.GOAL_MET));

    private final Persona persona = persona(3);

    private ReplayingUserSimulator replaying() {
        ScriptedUserSimulator reactive = new ScriptedUserSimulator(AcmeWorld.world(), persona,
                UserFixtures.scenario(persona, refundTask(), 8), 42L);
        return new ReplayingUserSimulator(SCRIPT, reactive);
    }

    @Test
    void playsTheRecordedTurnsWhileTheAgentDoesTheSameThingsInOtherWords() {
        ReplayingUserSimulator user = replaying();

        assertThat(user.opening()).isEqualTo(new UserMove.Say("I want my money back for the headphones", null, UserMessage.REPLAYED));
        UserMove second = user.react("Sure! Could you tell me the order number?",
                reading(Act.asks("order_id", "Could you tell me the order number?")));
        UserMove third = user.react("All done: A-5001 is refunded.",
                reading(new Act(ActKind.DONE, "issue_refund", "a-5001", null, "249.00", "All done: A-5001 is refunded.")));

        assertThat(second).isEqualTo(new UserMove.Say("It's A-5001.", null, UserMessage.REPLAYED));
        assertThat(third).isInstanceOfSatisfying(UserMove.Stop.class, stop -> {
            assertThat(stop.reason()).isEqualTo(EndReason.GOAL_MET);
            assertThat(stop.text()).isEqualTo("thanks");
            assertThat(stop.replay()).isEqualTo(UserMessage.REPLAYED);
        });
        assertThat(user.diverged()).isFalse();
    }

    @Test
    void handsOverToTheReactiveUserFromTheFirstReplyThatDoesSomethingElse() {
        ReplayingUserSimulator user = replaying();
        user.opening();

        UserMove move = user.react("I can't help with refunds.", reading(Act.of(ActKind.REFUSES, "I can't help with refunds.")));

        assertThat(user.diverged()).isTrue();
        assertThat(move).isInstanceOfSatisfying(UserMove.Say.class, say -> {
            assertThat(say.replay()).isEqualTo(UserMessage.REACTIVE);
            assertThat(say.text()).isNotEqualTo("It's A-5001.");
        });
        UserMove later = user.react("Which order is it?", reading(ASKS_ORDER));
        assertThat(later).isInstanceOfSatisfying(UserMove.Say.class, say -> assertThat(say.replay()).isEqualTo(UserMessage.REACTIVE));
    }

    @Test
    void theReactiveUserHasHeardWhatTheReplayedTurnsRevealed() {
        ScriptedUserSimulator reactive = new ScriptedUserSimulator(AcmeWorld.world(), persona,
                UserFixtures.scenario(persona, refundTask(), 8), 42L);
        ReplayingUserSimulator user = new ReplayingUserSimulator(SCRIPT, reactive);
        user.opening();

        user.react("Which order is it?", reading(ASKS_ORDER));

        assertThat(reactive.revealed()).containsExactly("order_id");
    }

    @Test
    void theModelUserTakesOverWithTheReplayedTurnsInItsTranscript() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies(ModelUserSimulatorTest.turn("Is it done yet?", "continue"));
        ModelUserSimulator reactive = new ModelUserSimulator(model, AcmeWorld.world(), persona,
                UserFixtures.scenario(persona, refundTask(), 8), 42L);
        ReplayingUserSimulator user = new ReplayingUserSimulator(SCRIPT, reactive);
        user.opening();

        user.react("Which order is it?", reading(ASKS_ORDER));
        UserMove move = user.react("Let me check the policy first.", reading(Act.of(ActKind.HEDGES, "Let me check the policy first.")));

        assertThat(move).isEqualTo(new UserMove.Say("Is it done yet?", null, UserMessage.REACTIVE));
        assertThat(model.requests()).hasSize(1);
        assertThat(model.requests().get(0).messages().get(1).text()).contains("Agent: Which order is it?",
                "Customer (you): It's A-5001.", "Agent: Let me check the policy first.", "This is your message 3 of at most 8");
        assertThat(reactive.revealed()).containsExactly("order_id");
    }

    @Test
    void aScenarioWithoutRecordingIsPlayedByTheReactiveUserAlone() {
        ScriptedUserSimulator reactive = new ScriptedUserSimulator(AcmeWorld.world(), persona,
                UserFixtures.scenario(persona, refundTask(), 8), 42L);

        assertThat(ReplayingUserSimulator.around(reactive, UserFixtures.scenario(persona, refundTask(), 8))).isSameAs(reactive);
    }
}
