package dev.curveball.runner.run;

import dev.curveball.core.trace.Trace;
import java.util.List;

/**
 * The traces a run produced (in scenario, trial order), and how many conversations could not reach
 * the agent at all (when that is every one, the run is an infrastructure failure).
 */
public record RunOutcome(List<Trace> traces, int unreachable, boolean interrupted) {
    public RunOutcome {
        traces = List.copyOf(traces);
    }

    public boolean agentNeverReached() {
        return !traces.isEmpty() && unreachable == traces.size();
    }
}
