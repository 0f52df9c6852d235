package dev.curveball.core.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import dev.curveball.core.error.Require;
import dev.curveball.core.world.FaultSpec;
import java.util.List;
import java.util.Map;

/**
 * One generated test case: a persona with a task, as an authenticated user, against a world with
 * faults, stale memory and settings, judged by expectations and a rubric. One line of
 * {@code scenarios.jsonl}. {@code brief} (may be null) is the model-written user brief a model-driven
 * simulator plays; template scenarios have none.
 *
 * <pre>{@code {"id":"s0007","persona":"frustrated","task":{...},"user":{"id":"C-1001","role":"customer"},
 *  "opening":"...","faults":[...],"tags":["timeout","partial-data"],"max_turns":8,...}}</pre>
 */
public record Scenario(
        String id,
        long seed,
        String world,
        String persona,
        Task task,
        AuthUser user,
        String opening,
        String faultProfile,
        List<FaultSpec> faults,
        List<String> memory,
        Map<String, String> settings,
        List<Expectation> expectations,
        List<String> rubric,
        List<Dimension> dimensions,
        List<Category> tags,
        Integer maxTurns,
        @JsonInclude(JsonInclude.Include.NON_NULL) String brief) {

    public Scenario {
        Require.text(id, "id");
        Require.text(world, "world");
        Require.text(persona, "persona");
        Require.present(task, "task");
        Require.present(user, "user");
        Require.text(opening, "opening");
        faultProfile = faultProfile == null ? "none" : faultProfile;
        faults = List.copyOf(faults == null ? List.of() : faults);
        memory = List.copyOf(memory == null ? List.of() : memory);
        settings = Map.copyOf(settings == null ? Map.of() : settings);
        expectations = List.copyOf(expectations == null ? List.of() : expectations);
        rubric = List.copyOf(rubric == null ? List.of() : rubric);
        dimensions = List.copyOf(dimensions == null ? List.of() : dimensions);
        tags = List.copyOf(tags == null ? List.of() : tags);
        Require.positive(Require.present(maxTurns, "max_turns"), "max_turns");
        brief = brief == null || brief.isBlank() ? null : brief;
    }

    /** The id of trial {@code trial} of this scenario, as the agent protocol's conversation_id. */
    public String conversationId(int trial) {
        return id + "-t" + trial;
    }
}
