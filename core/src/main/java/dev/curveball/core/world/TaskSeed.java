package dev.curveball.core.world;

import dev.curveball.core.category.Category;
import dev.curveball.core.error.Require;
import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Task;
import java.util.List;
import java.util.Map;

/**
 * What a user of this world may come for, as the generator's raw material: the task (with the
 * outcomes that satisfy the user and whether it needs a person), who asks,
 * the tags it exercises, the fault profiles that fit it, the expectations its scenarios carry,
 * settings the world uses (such as the status an approval gets), memory the agent is handed, and
 * rubric criteria its conversations are graded on beyond the world's.
 */
public record TaskSeed(
        String id,
        String user,
        String intent,
        String goal,
        Map<String, String> slots,
        List<HiddenFact> hidden,
        List<Resolution> outcome,
        EscalationNeed escalation,
        List<Category> tags,
        List<String> faults,
        List<Expectation> expectations,
        Map<String, String> settings,
        List<String> memory,
        List<Criterion> rubric) {

    public TaskSeed {
        Require.text(id, "id");
        Require.text(user, "user");
        Require.text(intent, "intent");
        Require.text(goal, "goal");
        slots = Map.copyOf(slots == null ? Map.of() : slots);
        hidden = List.copyOf(hidden == null ? List.of() : hidden);
        outcome = List.copyOf(Require.nonEmpty(outcome, "outcome"));
        escalation = escalation == null ? EscalationNeed.ALLOWED : escalation;
        tags = List.copyOf(tags == null ? List.of() : tags);
        faults = List.copyOf(faults == null || faults.isEmpty() ? List.of("none") : faults);
        expectations = List.copyOf(expectations == null ? List.of() : expectations);
        settings = Map.copyOf(settings == null ? Map.of() : settings);
        memory = List.copyOf(memory == null ? List.of() : memory);
        rubric = List.copyOf(rubric == null ? List.of() : rubric);
    }

    /** A seed without rubric criteria of its own. */
    public TaskSeed(String id, String user, String intent, String goal, Map<String, String> slots, List<HiddenFact> hidden,
                    List<Resolution> outcome, EscalationNeed escalation, List<Category> tags, List<String> faults,
                    List<Expectation> expectations, Map<String, String> settings, List<String> memory) {
        this(id, user, intent, goal, slots, hidden, outcome, escalation, tags, faults, expectations, settings, memory, List.of());
    }

    public Task task() {
        return new Task(id, intent, goal, slots, hidden, outcome, escalation);
    }
}
