package dev.curveball.runner.run;

import dev.curveball.core.trace.Trace;
import dev.curveball.runner.agent.AgentAdapter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A run's outcome with the traces its consumer was handed, in scenario and trial order: what tests look at. */
public record Played(RunOutcome outcome, List<Trace> traces) {
    public static Played run(RunExecutor executor, RunPlan plan, AgentAdapter agent) {
        ConcurrentLinkedQueue<Trace> handed = new ConcurrentLinkedQueue<>();
        RunOutcome outcome = executor.run(plan, agent, handed::add);
        List<Trace> traces = new ArrayList<>(handed);
        traces.sort(Comparator.comparing(Trace::scenarioId).thenComparingInt(Trace::trial));
        return new Played(outcome, List.copyOf(traces));
    }
}
