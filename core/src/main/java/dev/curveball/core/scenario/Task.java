package dev.curveball.core.scenario;

import dev.curveball.core.error.Require;
import dev.curveball.core.world.HiddenFact;
import java.util.List;
import java.util.Map;

/**
 * What the simulated user wants. {@code slots} fill the persona's utterance templates;
 * {@code hidden} facts are said only when asked; the user takes the goal as met when an agent
 * reply affirms one of {@code success} (case-insensitive; not in a question, a negation or a
 * condition), and accepts a clear next step when a statement in the reply contains one of
 * {@code next_step}.
 *
 * <pre>{@code new Task("refund-unopened", "refund", "Refund the unopened headphones",
 *         Map.of("item", "headphones"), List.of(), List.of("refund"), List.of())}</pre>
 */
public record Task(
        String id,
        String intent,
        String goal,
        Map<String, String> slots,
        List<HiddenFact> hidden,
        List<String> success,
        List<String> nextStep) {

    public Task {
        Require.text(id, "id");
        Require.text(intent, "intent");
        Require.text(goal, "goal");
        slots = Map.copyOf(slots == null ? Map.of() : slots);
        hidden = List.copyOf(hidden == null ? List.of() : hidden);
        success = List.copyOf(Require.nonEmpty(success, "success"));
        nextStep = List.copyOf(nextStep == null ? List.of() : nextStep);
    }
}
