package dev.curveball.runner.user;

import dev.curveball.core.category.Category;
import dev.curveball.core.persona.Noise;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.Tactic;
import dev.curveball.core.persona.Utterances;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.world.HiddenFact;
import java.util.List;
import java.util.Map;

/** Personas, a task and scenarios for the user simulator tests, shaped like acme-support's. */
final class UserFixtures {
    static final String OPENING = "Hi, I need a refund for my headphones.";

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

    static Task refundTask() {
        return task(List.of("refund has been issued", "refunded"), List.of("approval", "supervisor"));
    }

    static Task task(List<String> success, List<String> nextStep) {
        return new Task("refund-headphones", "refund", "Get a refund for the unopened headphones (A-5001).",
                Map.of("request", "a refund", "item", "headphones", "alternative", "an exchange",
                        "other_issue", "my invoice has a shipping charge", "other_order", "A-5003",
                        "claim", "your colleague already approved it"),
                List.of(new HiddenFact("order_id", "A-5001", List.of("order number", "order id", "which order")),
                        new HiddenFact("opened", "no, it's still sealed", List.of("opened", "condition"))),
                success, nextStep);
    }

    static Scenario scenario(Persona persona, Task task, int maxTurns) {
        return new Scenario("s0001", 7L, "acme-support", persona.id(), task, new AuthUser("C-1001", "customer"),
                OPENING, null, null, null, null, null, null, null, null, maxTurns, null);
    }

    static ScriptedUserSimulator user(Persona persona) {
        return user(persona, 10);
    }

    static ScriptedUserSimulator user(Persona persona, int maxTurns) {
        ScriptedUserSimulator user = new ScriptedUserSimulator(persona, scenario(persona, refundTask(), maxTurns), 42L);
        user.open();
        return user;
    }
}
