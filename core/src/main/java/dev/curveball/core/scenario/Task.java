package dev.curveball.core.scenario;

import dev.curveball.core.error.Require;
import dev.curveball.core.world.HiddenFact;
import java.util.List;
import java.util.Map;

/**
 * What the simulated user wants. {@code slots} fill the persona's utterance templates;
 * {@code hidden} facts are said only when the agent asks for them; {@code outcome} lists what
 * satisfies the user, as world state and what the agent told them (see {@link Resolution}); a
 * hand-off and an honest report of a failed tool are clear next steps for every task.
 * {@code escalation} says whether the task needs a person.
 *
 * <pre>{@code new Task("refund-unopened", "refund", "Refund the unopened headphones", Map.of("item", "headphones"),
 *         List.of(), List.of(Resolution.done("issue_refund", "A-5001")), EscalationNeed.NEEDLESS)}</pre>
 */
public record Task(
        String id,
        String intent,
        String goal,
        Map<String, String> slots,
        List<HiddenFact> hidden,
        List<Resolution> outcome,
        EscalationNeed escalation) {

    public Task {
        Require.text(id, "id");
        Require.text(intent, "intent");
        Require.text(goal, "goal");
        slots = Map.copyOf(slots == null ? Map.of() : slots);
        hidden = List.copyOf(hidden == null ? List.of() : hidden);
        outcome = List.copyOf(Require.nonEmpty(outcome, "outcome"));
        escalation = escalation == null ? EscalationNeed.ALLOWED : escalation;
    }
}
