package dev.curveball.judge.check;

import dev.curveball.core.error.Require;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.world.World;

/** What a check reads: the world definition, the scenario (with its expectations) and the finished trace. */
public record CheckContext(World world, Scenario scenario, Trace trace) {
    public CheckContext {
        Require.present(world, "world");
        Require.present(scenario, "scenario");
        Require.present(trace, "trace");
    }
}
