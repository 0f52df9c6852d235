package dev.curveball.results;

import dev.curveball.core.error.Require;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.World;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything {@code curveball run} needs: the agent (an http:// URL or an in-process agent's id),
 * the world (and where it came from), the scenarios, trials, parallelism and the run directory.
 * {@code trials} may be null: 1 for a new run, the run's own number when resuming.
 */
public record RunRequest(
        String agent,
        World world,
        String worldSource,
        PersonaLibrary personas,
        ScenarioSource scenarios,
        Integer trials,
        int parallel,
        Path out,
        boolean resume,
        Duration turnTimeout) {

    public RunRequest {
        Require.text(agent, "agent");
        Require.present(world, "world");
        Require.present(personas, "personas");
        Require.present(scenarios, "scenarios");
        Require.present(out, "out");
        if (trials != null) {
            Require.positive(trials, "trials");
        }
        Require.positive(parallel, "parallel");
        turnTimeout = turnTimeout == null ? Duration.ofSeconds(60) : turnTimeout;
    }
}
