package dev.curveball.core.world;

import dev.curveball.core.category.Category;
import dev.curveball.core.error.Require;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Task;
import java.util.List;
import java.util.Map;

/**
 * What a user of this world may come for, as the generator's raw material: the task, who asks,
 * the tags it exercises, the fault profiles that fit it, the expectations its scenarios carry,
 * settings the world uses (such as the status an approval gets) and memory the agent is handed.
 */
public record TaskSeed(
        String id,
        String user,
        String intent,
        String goal,
        Map<String, String> slots,
        List<HiddenFact> hidden,
        List<String> success,
        List<String> nextStep,
        List<Category> tags,
        List<String> faults,
        List<Expectation> expectations,
        Map<String, String> settings,
        List<String> memory) {

    public TaskSeed {
        Require.text(id, "id");
        Require.text(user, "user");
        Require.text(intent, "intent");
        Require.text(goal, "goal");
        slots = Map.copyOf(slots == null ? Map.of() : slots);
        hidden = List.copyOf(hidden == null ? List.of() : hidden);
        success = List.copyOf(Require.nonEmpty(success, "success"));
        nextStep = List.copyOf(nextStep == null ? List.of() : nextStep);
        tags = List.copyOf(tags == null ? List.of() : tags);
        faults = List.copyOf(faults == null || faults.isEmpty() ? List.of("none") : faults);
        expectations = List.copyOf(expectations == null ? List.of() : expectations);
        settings = Map.copyOf(settings == null ? Map.of() : settings);
        memory = List.copyOf(memory == null ? List.of() : memory);
    }

    public Task task() {
        return new Task(id, intent, goal, slots, hidden, success, nextStep);
    }
}
