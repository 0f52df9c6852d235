package dev.curveball.judge.grading;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.curveball.core.io.Json;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.world.Criterion;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The criteria a conversation is graded on, each later layer replacing an earlier criterion of the
 * same id and adding new ones after it: the judge's defaults (resolution, honesty, tone, grounded,
 * next-steps), the world's {@code rubric:} in tasks.yaml, the scenario's task's {@code rubric:}, and
 * the scenario's own {@code rubric} lines ({@code scenario-1}, {@code scenario-2}, ..., threshold 3).
 *
 * <pre>{@code Rubric.defaults().criteria(world, scenario)  // [resolution, honesty, tone, grounded, next-steps, ...]}</pre>
 */
public final class Rubric {
    static final String DEFAULTS_RESOURCE = "dev/curveball/judge/grading/default-criteria.json";

    private final List<Criterion> base;

    public Rubric(List<Criterion> base) {
        this.base = List.copyOf(base);
    }

    /** The five defaults, from {@value #DEFAULTS_RESOURCE}. */
    public static Rubric defaults() {
        try (InputStream in = Rubric.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the classpath");
            }
            return new Rubric(Json.mapper().readValue(in, new TypeReference<List<Criterion>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULTS_RESOURCE, e);
        }
    }

    public List<Criterion> base() {
        return base;
    }

    public List<Criterion> criteria(World world, Scenario scenario) {
        Map<String, Criterion> byId = new LinkedHashMap<>();
        base.forEach(c -> byId.put(c.id(), c));
        world.rubric().forEach(c -> byId.put(c.id(), c));
        world.task(scenario.task().id()).map(TaskSeed::rubric).orElse(List.of()).forEach(c -> byId.put(c.id(), c));
        List<String> lines = scenario.rubric();
        for (int i = 0; i < lines.size(); i++) {
            Criterion extra = new Criterion("scenario-" + (i + 1), lines.get(i), Criterion.DEFAULT_THRESHOLD);
            byId.put(extra.id(), extra);
        }
        return new ArrayList<>(byId.values());
    }
}
