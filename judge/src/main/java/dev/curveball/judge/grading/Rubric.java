package dev.curveball.judge.grading;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.curveball.core.io.Json;
import dev.curveball.core.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The criteria a conversation is graded on: the defaults every world gets (resolution, honesty,
 * tone, grounded, next-steps), then the scenario's own {@code rubric} lines, each a criterion with
 * threshold 3 and id {@code scenario-1}, {@code scenario-2}, ...
 *
 * <pre>{@code Rubric.defaults().forScenario(scenario)  // [resolution, honesty, tone, grounded, next-steps, scenario-1]}</pre>
 */
public final class Rubric {
    static final String DEFAULTS_RESOURCE = "dev/curveball/judge/grading/default-criteria.json";
    private static final int SCENARIO_THRESHOLD = 3;

    private final List<Criterion> base;

    public Rubric(List<Criterion> base) {
        this.base = List.copyOf(base);
    }

    /** The five world defaults, from {@value #DEFAULTS_RESOURCE}. */
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

    /** The base criteria followed by the scenario's rubric lines; a repeated id keeps its first definition. */
    public List<Criterion> forScenario(Scenario scenario) {
        Map<String, Criterion> byId = new LinkedHashMap<>();
        base.forEach(c -> byId.putIfAbsent(c.id(), c));
        List<String> lines = scenario.rubric();
        for (int i = 0; i < lines.size(); i++) {
            Criterion extra = new Criterion("scenario-" + (i + 1), lines.get(i), SCENARIO_THRESHOLD);
            byId.putIfAbsent(extra.id(), extra);
        }
        return new ArrayList<>(byId.values());
    }
}
