package dev.curveball.results;

import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.generator.Coverage;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A finished run: where it is, and what it holds; {@code coverage} is what the scenarios cover when
 * the run generated them (empty when they were read from a file or the run was resumed). A run
 * keeps its verdicts in memory but not its traces: {@link #tracesOf} reads {@code traces.jsonl}
 * back the first time {@code traces()} is asked for, and what the CLI prints after a run streams
 * the file instead ({@link RunErrors#of(RunResult)}, {@link FailedConversation#of(RunResult)}).
 */
public record RunResult(RunDirectory directory, List<Scenario> scenarios, List<Trace> traces, List<Verdict> verdicts,
                        Summary summary, boolean agentNeverReached, boolean interrupted, Optional<Coverage> coverage) {
    public RunResult {
        scenarios = List.copyOf(scenarios);
        traces = traces instanceof TracesOnDisk ? traces : List.copyOf(traces);
        verdicts = List.copyOf(verdicts);
        coverage = coverage == null ? Optional.empty() : coverage;
    }

    /** The traces of {@code dir}, read from its traces.jsonl when first asked for (in scenario, trial order), then kept. */
    public static List<Trace> tracesOf(RunDirectory dir) {
        return new TracesOnDisk(dir);
    }

    /**
     * When the user simulator failed in every conversation (a model that is down, refuses the key or
     * never keeps to the rules), the first conversation's error; the run then judged nothing.
     */
    public Optional<String> simulatorFailedEverywhere() {
        SimulatorFailures failures = new SimulatorFailures();
        forEachTrace(failures);
        return failures.conversations > 0 && failures.failed == failures.conversations ? Optional.of(failures.first) : Optional.empty();
    }

    /**
     * Every trace of the run, one at a time: streamed from traces.jsonl unless they were given (or
     * already read) in memory, so a long run is never held whole to be looked through.
     */
    public void forEachTrace(Consumer<Trace> each) {
        if (traces instanceof TracesOnDisk onDisk && !onDisk.loaded()) {
            directory.forEachTrace(each);
        } else {
            traces.forEach(each);
        }
    }

    /** Counts conversations and those the simulator failed in, keeping only the first such failure. */
    private static final class SimulatorFailures implements Consumer<Trace> {
        int conversations;
        int failed;
        String first;

        @Override
        public void accept(Trace trace) {
            conversations++;
            trace.eventsOf(ErrorEvent.class).stream().filter(e -> e.source() == ErrorEvent.Source.SIMULATOR).findFirst().ifPresent(e -> {
                failed++;
                first = first == null ? e.message() : first;
            });
        }
    }

    /** A run's traces, read from disk on first use: a run of 10,000 conversations does not keep them all in memory. */
    static final class TracesOnDisk extends AbstractList<Trace> {
        private final RunDirectory dir;
        private List<Trace> traces;

        TracesOnDisk(RunDirectory dir) {
            this.dir = dir;
        }

        synchronized boolean loaded() {
            return traces != null;
        }

        private synchronized List<Trace> traces() {
            if (traces == null) {
                List<Trace> read = new ArrayList<>();
                dir.forEachTrace(read::add);
                read.sort(Comparator.comparing(Trace::scenarioId).thenComparingInt(Trace::trial));
                traces = List.copyOf(read);
            }
            return traces;
        }

        @Override
        public Trace get(int index) {
            return traces().get(index);
        }

        @Override
        public int size() {
            return traces().size();
        }
    }
}
