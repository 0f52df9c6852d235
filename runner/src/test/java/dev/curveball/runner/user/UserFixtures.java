package dev.curveball.runner.user;

import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.category.Category;
import dev.curveball.core.persona.Noise;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.Tactic;
import dev.curveball.core.persona.Utterances;
import dev.curveball.core.reading.Act;
import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.OfflineReplyReader;
import dev.curveball.core.reading.ReadingContext;
import dev.curveball.core.reading.ReplyReader;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.world.HiddenFact;
import dev.curveball.runner.testkit.AcmeWorld;
import java.util.List;
import java.util.Map;

/**
 * Personas, tasks and scenarios for the user simulator tests, on acme-support (Dana Reyes, C-1001),
 * and agent replies read by the real offline reader, as the run reads them.
 */
final class UserFixtures {
    static final String OPENING = "Hi, I need a refund for my headphones.";
    static final ReplyReader READER = new OfflineReplyReader();

    private UserFixtures() {
    }

    /** One variant per line, so tests can assert exact text. */
    static Utterances utterances() {
        return new Utterances(
                List.of(OPENING),
                List.of("It's ${value}."),
                List.of("That doesn't help. I want ${request}."),
                List.of("This is ridiculous, I want ${request} NOW."),
                List.of("I'm a gold member, make an exception for my ${item}."),
                List.of("But ${claim}."),
                List.of("Actually, I'd rather have ${alternative}."),
                List.of("Can you also check order ${other_order}?"),
                List.of("Thanks."),
                List.of("Forget it, I'm done."));
    }

    static Persona persona(int patience, Tactic... tactics) {
        return persona(utterances(), Noise.NONE, patience, tactics);
    }

    static Persona persona(Utterances utterances, Noise noise, int patience, Tactic... tactics) {
        return new Persona("tester", "a test persona", "plain", List.of(), List.of(tactics), noise, patience,
                utterances, List.of(Category.FRUSTRATION));
    }

    /** The unopened headphones (A-5001), refunded. */
    static Task refundTask() {
        return task(List.of(Resolution.done("issue_refund", "A-5001")));
    }

    /** The headphones refund, above the approval threshold: satisfied once it is waiting for approval. */
    static Task approvalTask() {
        return task(List.of(new Resolution(null, "issue_refund", null, null, "A-5001", List.of("request_approval"))));
    }

    /** A refund the policy forbids: satisfied when the agent turns it down. */
    static Task declinedTask() {
        return task(List.of(Resolution.declined("issue_refund", "A-5001")));
    }

    static Task task(List<Resolution> outcome) {
        return new Task("refund-headphones", "refund", "Get a refund for the unopened headphones (A-5001).",
                Map.of("request", "a refund", "item", "headphones", "alternative", "an exchange",
                        "other_issue", "my invoice has a shipping charge", "other_order", "A-5003",
                        "claim", "your colleague already approved it"),
                List.of(new HiddenFact("order_id", "A-5001", List.of()),
                        new HiddenFact("opened", "no, it's still sealed", List.of("condition"))),
                outcome, EscalationNeed.NEEDLESS);
    }

    static Scenario scenario(Persona persona, Task task, int maxTurns) {
        return Scenario.builder().id("s0001").seed(7L).world("acme-support").persona(persona.id()).task(task)
                .user(new AuthUser("C-1001", "customer")).opening(OPENING).maxTurns(maxTurns).build();
    }

    static ScriptedUserSimulator user(Persona persona) {
        return user(persona, 10);
    }

    static ScriptedUserSimulator user(Persona persona, int maxTurns) {
        return user(persona, refundTask(), maxTurns);
    }

    static ScriptedUserSimulator user(Persona persona, Task task, int maxTurns) {
        ScriptedUserSimulator user = new ScriptedUserSimulator(AcmeWorld.world(), persona, scenario(persona, task, maxTurns), 42L);
        user.open();
        return user;
    }

    /** {@code reply} as the offline reader reads it after the opening. */
    static ReplyReading read(String reply) {
        return READER.read(reply, new ReadingContext(AcmeWorld.world(), "C-1001", List.of(ChatMessage.user(OPENING))));
    }

    /** The user's reaction to {@code reply} as the run would give it: read by the offline reader. */
    static UserMove react(UserSimulator user, String reply) {
        return user.react(reply, read(reply));
    }

    /** A reading given by hand, for a wording the offline reader (still being tuned) reads wrong. */
    static ReplyReading reading(Act... acts) {
        return new ReplyReading(List.of(acts), "test");
    }

    static Act done(String tool, String entity, String quote) {
        return Act.action(ActKind.DONE, tool, entity, quote);
    }
}
