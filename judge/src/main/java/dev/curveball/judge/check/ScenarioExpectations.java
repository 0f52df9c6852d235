package dev.curveball.judge.check;

import dev.curveball.core.io.Json;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Scenario;
import java.util.List;

/**
 * The expectations of a scenario as the checks see them: by type, and by the check id they name.
 * The id of a built-in expectation is read from its own JSON form ({@code check} field) so that a
 * new kind of expectation in core needs no second list here; any other names its check itself.
 *
 * <pre>{@code ScenarioExpectations.checkId(new Expectation.RetryLimit(2)) -> "retry-limit"}</pre>
 */
public final class ScenarioExpectations {
    private ScenarioExpectations() {
    }

    public static <E extends Expectation> List<E> of(Scenario scenario, Class<E> type) {
        return scenario.expectations().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The id of the check an expectation asks for, as written in scenario files. */
    public static String checkId(Expectation expectation) {
        if (expectation instanceof Expectation.Custom custom) {
            return custom.check();
        }
        String id = Json.tree(expectation).path("check").asText("");
        if (id.isEmpty()) {
            throw new IllegalStateException("expectation " + expectation + " has no 'check' type name");
        }
        return id;
    }
}
