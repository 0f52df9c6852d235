package dev.curveball.results;

import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.generator.Coverage;
import java.util.List;
import java.util.Optional;

/**
 * A finished run: where it is, and what it holds; {@code coverage} is what the scenarios cover when
 * the run generated them (empty when they were read from a file or the run was resumed).
 */
public record RunResult(RunDirectory directory, List<Scenario> scenarios, List<Trace> traces, List<Verdict> verdicts,
                        Summary summary, boolean agentNeverReached, boolean interrupted, Optional<Coverage> coverage) {
    public RunResult {
        scenarios = List.copyOf(scenarios);
        traces = List.copyOf(traces);
        verdicts = List.copyOf(verdicts);
        coverage = coverage == null ? Optional.empty() : coverage;
    }

    /**
     * When the user simulator failed in every conversation (a model that is down, refuses the key or
     * never keeps to the rules), the first conversation's error; the run then judged nothing.
     */
    public Optional<String> simulatorFailedEverywhere() {
        List<String> failures = traces.stream()
                .flatMap(t -> t.eventsOf(ErrorEvent.class).stream().filter(e -> e.source() == ErrorEvent.Source.SIMULATOR).limit(1))
                .map(ErrorEvent::message).toList();
        return !traces.isEmpty() && failures.size() == traces.size() ? Optional.of(failures.get(0)) : Optional.empty();
    }
}
