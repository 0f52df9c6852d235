package dev.curveball.runner.user;

import static dev.curveball.runner.user.UserFixtures.OPENING;
import static dev.curveball.runner.user.UserFixtures.persona;
import static dev.curveball.runner.user.UserFixtures.react;
import static dev.curveball.runner.user.UserFixtures.refundTask;
import static dev.curveball.runner.user.UserFixtures.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.io.Json;
import dev.curveball.core.model.ModelFailure;
import dev.curveball.core.model.ModelMessage;
import dev.curveball.core.model.ModelRequest;
import dev.curveball.core.persona.Noise;
import dev.curveball.core.persona.NoiseOperators;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.reading.Act;
import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.testkit.ScriptedModelClient;
import dev.curveball.core.trace.EndReason;
import dev.curveball.runner.testkit.AcmeWorld;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelUserSimulatorTest {
    static final String ASKS_ORDER = "Sorry to hear that. Which order is it?";

    static String turn(String message, String stop) {
        return Json.write(Map.of("message", message, "stop", stop));
    }

    static ModelUserSimulator user(ScriptedModelClient model, Persona persona, Scenario scenario) {
        ModelUserSimulator user = new ModelUserSimulator(model, AcmeWorld.world(), persona, scenario, 42L);
        user.open();
        return user;
    }

    static ModelUserSimulator user(ScriptedModelClient model) {
        Persona persona = persona(3);
        return user(model, persona, scenario(persona, refundTask(), 8));
    }

    @Test
    void opensWithTheScenariosOpeningWithoutAskingTheModel() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies();
        Persona persona = persona(3);
        assertThat(new ModelUserSimulator(model, AcmeWorld.world(), persona, scenario(persona, refundTask(), 8), 1L).open())
                .isEqualTo(OPENING);
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void saysWhatTheModelWritesAndShowsItTheConversation() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies(turn("It's A-5001.", "continue"));

        assertThat(react(user(model), ASKS_ORDER)).isEqualTo(new UserMove.Say("It's A-5001."));

        ModelRequest request = model.requests().get(0);
        assertThat(request.seed()).isEqualTo(42L);
        assertThat(request.responseSchema().name()).isEqualTo("user_turn");
        assertThat(request.messages().get(0).role()).isEqualTo(ModelMessage.Role.SYSTEM);
        assertThat(request.messages().get(1).text()).contains("Customer (you): " + OPENING, "Agent: " + ASKS_ORDER,
                "order id (you may say it now: A-5001)", "This is your message 2 of at most 8");
    }

    @Test
    void playsABriefBuiltFromThePersonaAndTaskWhenTheScenarioHasNone() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies(turn("ok", "continue"));
        react(user(model), "Hello.");

        assertThat(model.requests().get(0).messages().get(0).text()).contains("You are Dana Reyes (account C-1001)",
                "What you want: Get a refund for the unopened headphones (A-5001).",
                "order id: A-5001 (say it only when the agent asks", "patience for 3 unhelpful replies");
    }

    @Test
    void playsTheScenariosOwnBriefWhenItHasOne() {
        Persona persona = persona(3);
        Scenario base = scenario(persona, refundTask(), 8);
        Scenario briefed = base.toBuilder().brief("You are Dana Reyes, and you are in a hurry.").build();
        ScriptedModelClient model = ScriptedModelClient.thatReplies(turn("ok", "continue"));
        react(user(model, persona, briefed), "Hello.");

        assertThat(model.requests().get(0).messages().get(0).text()).contains("You are Dana Reyes, and you are in a hurry.")
                .doesNotContain("What you want:");
    }

    @Test
    void endsOnTheModelsStopSignalWithTheSimulatorsAccountOfIt() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies(turn("Great, thanks!", "goal_met"));

        UserMove move = react(user(model), "Your refund has been issued.");

        assertThat(move).isEqualTo(new UserMove.Stop(EndReason.GOAL_MET, "Great, thanks!",
                "model user said goal met; the agent's reply reads as issue_refund done on A-5001: done issue_refund A-5001 "
                        + "(\"Your refund has been issued.\")"));
    }

    @Test
    void auditsItsStopWithTheRunsReadingOfTheReply() {
        // The reading is the run's: whatever the words, the audit goes by what the reader says the reply does.
        ScriptedModelClient model = ScriptedModelClient.thatReplies(turn("Thanks!", "goal_met"));
        ReplyReading pending = UserFixtures.reading(Act.action(ActKind.PENDING, "issue_refund", "A-5001", "It's with my supervisor."));

        UserMove.Stop stop = (UserMove.Stop) user(model).react("It's with my supervisor.", pending);

        assertThat(stop.detail()).isEqualTo("model user said goal met; no outcome of the task, hand-off or failure report in the "
                + "agent's reply (simulator's call)");
    }

    @Test
    void recordsAGoalTheAgentNeverConfirmedAsTheSimulatorsCall() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies(turn("", "goal_met"));

        UserMove.Stop stop = (UserMove.Stop) react(user(model), "I have looked into it for you.");

        assertThat(stop.text()).isNull();
        assertThat(stop.detail()).contains("no outcome of the task, hand-off or failure report in the agent's reply (simulator's call)");
    }

    @Test
    void endsWhenTheAgentHandsTheUserToAHuman() {
        UserMove.Stop stop = (UserMove.Stop) react(user(ScriptedModelClient.thatReplies(turn("", "handed_to_human"))),
                "I've escalated this to a colleague.");

        assertThat(stop.reason()).isEqualTo(EndReason.HANDED_TO_HUMAN);
        assertThat(stop.detail()).contains("the agent's reply reads as hands_off (\"I've escalated this to a colleague.\")");
    }

    @Test
    void givesUpOnlyOnceThePersonasPatienceIsSpent() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies(turn("Forget it.", "gave_up"), turn("Hm.", "continue"),
                turn("Hm?", "continue"), turn("Really?", "continue"), turn("Forget it.", "gave_up"));
        ModelUserSimulator user = user(model);

        assertThat(react(user, "No.")).isEqualTo(new UserMove.Say("Hm."));
        react(user, "No.");
        react(user, "No.");
        assertThat(react(user, "No.")).isEqualTo(new UserMove.Stop(EndReason.GAVE_UP, "Forget it.",
                "model user gave up after 4 agent replies (patience 3)"));
        assertThat(model.lastMessageOf(1)).contains("you gave up after 1 agent replies, but you put up with 3 unhelpful replies");
    }

    @Test
    void revealsAHiddenFactOnlyWhenTheAgentAsksForIt() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies(turn("It's A-5001.", "continue"), turn("Can you help?", "continue"));

        assertThat(react(user(model), "Let me check our policy.")).isEqualTo(new UserMove.Say("Can you help?"));
        assertThat(model.lastMessageOf(1)).contains("the message gives away order id (A-5001), which the agent has not asked for");
        assertThat(model.requests().get(1).messages()).extracting(ModelMessage::role).containsExactly(
                ModelMessage.Role.SYSTEM, ModelMessage.Role.USER, ModelMessage.Role.ASSISTANT, ModelMessage.Role.USER);
    }

    @Test
    void mayRepeatAFactItHasAlreadySaid() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies(turn("It's A-5001.", "continue"), turn("Again: A-5001!", "continue"));
        ModelUserSimulator user = user(model);

        react(user, ASKS_ORDER);
        assertThat(react(user, "Checking.")).isEqualTo(new UserMove.Say("Again: A-5001!"));
        assertThat(user.revealed()).containsExactly("order_id");
        assertThat(model.requests()).hasSize(2);
        // The turn prompt says so, rather than forbidding every fact it keeps back.
        assertThat(model.requests().get(1).messages().get(1).text())
                .contains("you may repeat what you have already said: order id (A-5001)");
    }

    @Test
    void doesNotStopSatisfiedWhileTheAgentOnlyAsksAQuestion() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies(turn("Thanks!", "goal_met"), turn("Yes please.", "continue"));

        assertThat(react(user(model), "Would you like me to request a refund?")).isEqualTo(new UserMove.Say("Yes please."));
        assertThat(model.lastMessageOf(1)).contains("asks you something and confirms nothing yet");
    }

    @Test
    void rejectsMessagesThatBreakCharacterOrAreEmpty() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies(turn("As an AI I cannot own headphones.", "continue"),
                turn(" ", "continue"), turn("Still waiting.", "continue"));

        assertThat(react(user(model), "Hello.")).isEqualTo(new UserMove.Say("Still waiting."));
        assertThat(model.lastMessageOf(1)).contains("breaks character");
        assertThat(model.lastMessageOf(2)).contains("the message is empty");
    }

    @Test
    void leavesTheTurnLimitToTheConversationLoopButTellsTheModelWhichTurnItIs() {
        Persona persona = persona(3);
        ScriptedModelClient model = ScriptedModelClient.thatAnswers(r -> turn("More?", "continue"));
        ModelUserSimulator user = user(model, persona, scenario(persona, refundTask(), 2));

        assertThat(react(user, "Hi.")).isInstanceOf(UserMove.Say.class);
        assertThat(model.lastMessageOf(0)).contains("This is your message 2 of at most 2");
        assertThat(react(user, "Hi.")).isEqualTo(new UserMove.Say("More?"));
    }

    @Test
    void failsTheConversationWhenTheModelKeepsBreakingTheRules() {
        ScriptedModelClient model = ScriptedModelClient.thatAnswers(r -> "I'd like a refund.");

        assertThatThrownBy(() -> react(user(model), "Hello."))
                .isInstanceOf(UserSimulatorFailure.class)
                .hasMessageStartingWith("the model openai:scripted broke the simulated user's rules in 3 replies in a row at turn 2: ")
                .hasMessageContaining("not JSON");
        assertThat(model.requests()).hasSize(ModelUserSimulator.MAX_ATTEMPTS);
    }

    @Test
    void letsAModelFailureEndTheConversation() {
        assertThatThrownBy(() -> react(user(ScriptedModelClient.thatAlwaysFails(ModelFailure.Kind.SERVER_ERROR)), "Hello."))
                .isInstanceOf(ModelFailure.class);
    }

    @Test
    void asksAgainAfterAReplyTheClientFoundUnusable() {
        ScriptedModelClient model = ScriptedModelClient.thatReplies().thenFails(ModelFailure.Kind.BAD_REPLY).thenReplies(turn("Hi?", "continue"));

        assertThat(react(user(model), "Hello.")).isEqualTo(new UserMove.Say("Hi?"));
    }

    @Test
    void addsThePersonasNoiseSeededByTheConversationAndKeepsTheModelsWordsClean() {
        Persona noisy = persona(UserFixtures.utterances(), new Noise(0.9, 0.9, 0, 0.5), 3);
        String clean = "Please could you tell me about the refund, because I really need it before tomorrow.";
        ScriptedModelClient model = ScriptedModelClient.thatAnswers(r -> turn(clean, "continue"));
        ModelUserSimulator user = user(model, noisy, scenario(noisy, refundTask(), 8));

        UserMove.Say said = (UserMove.Say) react(user, "Hello.");
        react(user, "Hello again.");

        assertThat(said.text()).isEqualTo(NoiseOperators.apply(clean, noisy.noise(), new Random(42L))).isNotEqualTo(clean);
        assertThat(model.lastMessageOf(1)).contains("Customer (you): " + clean);
    }
}
