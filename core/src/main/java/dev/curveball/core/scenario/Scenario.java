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
 * simulator plays; template scenarios have none. {@code replay} (null but for golden cases) holds the
 * user's recorded turns and where the case came from ({@link Replay}).
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
        @JsonInclude(JsonInclude.Include.NON_NULL) String brief,
        @JsonInclude(JsonInclude.Include.NON_NULL) Replay replay) {

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

    /** A scenario that is not a golden case (no recorded user turns). */
    public Scenario(String id, long seed, String world, String persona, Task task, AuthUser user, String opening,
                    String faultProfile, List<FaultSpec> faults, List<String> memory, Map<String, String> settings,
                    List<Expectation> expectations, List<String> rubric, List<Dimension> dimensions, List<Category> tags,
                    Integer maxTurns, String brief) {
        this(id, seed, world, persona, task, user, opening, faultProfile, faults, memory, settings, expectations, rubric,
                dimensions, tags, maxTurns, brief, null);
    }

    /** A builder holding this scenario's fields, to make a changed copy: {@code scenario.toBuilder().maxTurns(3).build()}. */
    public Builder toBuilder() {
        return builder().id(id).seed(seed).world(world).persona(persona).task(task).user(user).opening(opening)
                .faultProfile(faultProfile).faults(faults).memory(memory).settings(settings).expectations(expectations)
                .rubric(rubric).dimensions(dimensions).tags(tags).maxTurns(maxTurns).brief(brief).replay(replay);
    }

    /** A scenario built field by field; what is left unset gets the constructor's default (no faults, fault profile none...). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Names each field where it is set:
     * {@code Scenario.builder().id("s0001").world("acme-support").persona("frustrated").task(task).user(user).opening("Hi").maxTurns(8).build()}.
     */
    public static final class Builder {
        private String id;
        private long seed;
        private String world;
        private String persona;
        private Task task;
        private AuthUser user;
        private String opening;
        private String faultProfile;
        private List<FaultSpec> faults;
        private List<String> memory;
        private Map<String, String> settings;
        private List<Expectation> expectations;
        private List<String> rubric;
        private List<Dimension> dimensions;
        private List<Category> tags;
        private Integer maxTurns;
        private String brief;
        private Replay replay;

        private Builder() {
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public Builder world(String value) {
            this.world = value;
            return this;
        }

        public Builder persona(String value) {
            this.persona = value;
            return this;
        }

        public Builder task(Task value) {
            this.task = value;
            return this;
        }

        public Builder user(AuthUser value) {
            this.user = value;
            return this;
        }

        public Builder opening(String value) {
            this.opening = value;
            return this;
        }

        public Builder faultProfile(String value) {
            this.faultProfile = value;
            return this;
        }

        public Builder faults(List<FaultSpec> value) {
            this.faults = value;
            return this;
        }

        public Builder memory(List<String> value) {
            this.memory = value;
            return this;
        }

        public Builder settings(Map<String, String> value) {
            this.settings = value;
            return this;
        }

        public Builder expectations(List<Expectation> value) {
            this.expectations = value;
            return this;
        }

        public Builder rubric(List<String> value) {
            this.rubric = value;
            return this;
        }

        public Builder dimensions(List<Dimension> value) {
            this.dimensions = value;
            return this;
        }

        public Builder tags(List<Category> value) {
            this.tags = value;
            return this;
        }

        public Builder maxTurns(Integer value) {
            this.maxTurns = value;
            return this;
        }

        public Builder brief(String value) {
            this.brief = value;
            return this;
        }

        public Builder replay(Replay value) {
            this.replay = value;
            return this;
        }

        public Scenario build() {
            return new Scenario(id, seed, world, persona, task, user, opening, faultProfile, faults, memory, settings,
                    expectations, rubric, dimensions, tags, maxTurns, brief, replay);
        }
    }

    /** The id of trial {@code trial} of this scenario, as the agent protocol's conversation_id. */
    public String conversationId(int trial) {
        return conversationId(id, trial);
    }

    /** {@code s0007-t2}: the conversation id of trial {@code trial} of scenario {@code scenarioId}, the one place it is spelled. */
    public static String conversationId(String scenarioId, int trial) {
        return scenarioId + "-t" + trial;
    }
}
