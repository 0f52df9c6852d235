package dev.curveball.runner.run;

import dev.curveball.core.error.Require;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.world.World;
import java.util.List;
import java.util.Set;

/**
 * What to play: the scenarios, each {@code trials} times, at most {@code parallel} conversations at
 * once, skipping the (scenario, trial) pairs already {@code done} (when resuming).
 */
public record RunPlan(World world, PersonaLibrary personas, List<Scenario> scenarios, int trials, int parallel,
                      Set<String> done) {
    public RunPlan {
        Require.present(world, "world");
        Require.present(personas, "personas");
        scenarios = List.copyOf(scenarios);
        Require.positive(trials, "trials");
        Require.positive(parallel, "parallel");
        done = Set.copyOf(done == null ? Set.of() : done);
    }

    /** The key a finished conversation is known by when resuming. */
    public static String key(String scenarioId, int trial) {
        return scenarioId + "#" + trial;
    }
}
