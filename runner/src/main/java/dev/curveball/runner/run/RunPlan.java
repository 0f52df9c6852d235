package dev.curveball.runner.run;

import dev.curveball.core.error.Require;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.reading.OfflineReplyReader;
import dev.curveball.core.reading.ReplyReader;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.world.World;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * What to play: the scenarios, each {@code trials} times, at most {@code parallel} conversations at
 * once, skipping the (scenario, trial) pairs already {@code done} (when resuming). {@code reader}
 * reads every agent reply once, for the simulated user and the trace (and so the judge); the
 * offline reader unless a model-backed one is given. {@code mayStart} is asked at the start of each
 * conversation's task: when it says no, that conversation is not played and leaves no trace (the
 * run's {@code --max-spend} stop; a resume plays it later). Always yes unless given.
 *
 * <pre>{@code new RunPlan(world, personas, scenarios, 3, 4, Set.of())                      // offline reader
 * new RunPlan(world, personas, scenarios, 3, 4, Set.of(), modelReader)}</pre>
 */
public record RunPlan(World world, PersonaLibrary personas, List<Scenario> scenarios, int trials, int parallel,
                      Set<String> done, ReplyReader reader, BooleanSupplier mayStart) {
    public RunPlan {
        Require.present(world, "world");
        Require.present(personas, "personas");
        scenarios = List.copyOf(scenarios);
        Require.positive(trials, "trials");
        Require.positive(parallel, "parallel");
        done = Set.copyOf(done == null ? Set.of() : done);
        reader = reader == null ? new OfflineReplyReader() : reader;
        mayStart = mayStart == null ? () -> true : mayStart;
    }

    /** Every conversation may start. */
    public RunPlan(World world, PersonaLibrary personas, List<Scenario> scenarios, int trials, int parallel,
                   Set<String> done, ReplyReader reader) {
        this(world, personas, scenarios, trials, parallel, done, reader, null);
    }

    /** With the offline reply reader. */
    public RunPlan(World world, PersonaLibrary personas, List<Scenario> scenarios, int trials, int parallel, Set<String> done) {
        this(world, personas, scenarios, trials, parallel, done, null);
    }

    /** The key a finished conversation is known by when resuming. */
    public static String key(String scenarioId, int trial) {
        return scenarioId + "#" + trial;
    }
}
