package dev.curveball.judge.check;

import dev.curveball.core.error.Require;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.List;

/**
 * What a check reads: the world definition, the scenario (with its task and expectations), the
 * finished trace, and what each agent reply does ({@link Readings}, read once per conversation and
 * shared by every check).
 *
 * <pre>{@code CheckContext context = new CheckContext(acme, scenario, trace);
 * context.readings().replies();  // the trace's recorded readings, or the offline reader's}</pre>
 */
public record CheckContext(World world, Scenario scenario, Trace trace, Readings readings) {
    public CheckContext {
        Require.present(world, "world");
        Require.present(scenario, "scenario");
        Require.present(trace, "trace");
        Require.present(readings, "readings");
    }

    /** A context whose replies are read from the trace, or by the offline reader where the trace holds no reading. */
    public CheckContext(World world, Scenario scenario, Trace trace) {
        this(world, scenario, trace, Readings.of(Require.present(world, "world"),
                Require.present(scenario, "scenario").user().id(), Require.present(trace, "trace")));
    }

    /**
     * The parameters each of the scenario's expectations naming check {@code id} gives it
     * ({@code {check: <id>, with: {...}}}), read into the check's record {@code type}, in the
     * scenario's order; empty when the scenario names the check nowhere. Parameters that do not fit
     * {@code type} throw {@link IllegalArgumentException}, which the judge reports as an ERROR
     * naming the check (the run refuses them before playing when the check declares its type).
     */
    public <P> List<P> parameters(String id, Class<P> type) {
        return ScenarioExpectations.of(scenario, Expectation.Custom.class).stream().filter(e -> e.check().equals(id))
                .map(e -> CheckParameters.read(e, type)).toList();
    }

    /** The authenticated user the agent acts for. */
    public String subject() {
        return scenario.user().id();
    }

    /** What the user said before trace event {@code event}, oldest first. */
    public List<String> userSaidBefore(int event) {
        List<String> said = new ArrayList<>();
        List<TraceEvent> events = trace.events();
        for (int i = 0; i < Math.min(event, events.size()); i++) {
            if (events.get(i) instanceof UserMessage user && user.text() != null) {
                said.add(user.text());
            }
        }
        return said;
    }
}
