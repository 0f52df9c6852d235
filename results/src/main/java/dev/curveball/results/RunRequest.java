package dev.curveball.results;

import dev.curveball.core.error.Require;
import dev.curveball.core.model.ModelClient;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.World;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything {@code curveball run} needs: the agent (an http:// URL or an in-process agent's id),
 * the world (and where it came from), the scenarios, trials, parallelism and the run directory.
 * {@code trials} may be null: 1 for a new run, the run's own number when resuming. {@code model}
 * (may be null) writes generated scenarios and plays the users; without one, templates write and
 * the scripted simulator plays.
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
        Duration turnTimeout,
        ModelClient model) {

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

    /** An offline run: no model. */
    public RunRequest(String agent, World world, String worldSource, PersonaLibrary personas, ScenarioSource scenarios,
                      Integer trials, int parallel, Path out, boolean resume, Duration turnTimeout) {
        this(agent, world, worldSource, personas, scenarios, trials, parallel, out, resume, turnTimeout, null);
    }
}
