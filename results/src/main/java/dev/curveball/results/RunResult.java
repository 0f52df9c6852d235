package dev.curveball.results;

import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Verdict;
import java.util.List;

/** A finished run: where it is, and what it holds. */
public record RunResult(RunDirectory directory, List<Scenario> scenarios, List<Trace> traces, List<Verdict> verdicts,
                        Summary summary, boolean agentNeverReached, boolean interrupted) {
    public RunResult {
        scenarios = List.copyOf(scenarios);
        traces = List.copyOf(traces);
        verdicts = List.copyOf(verdicts);
    }
}
