package dev.curveball.results;

import dev.curveball.core.trace.Trace;
import java.util.List;

/**
 * The traces a resumed run keeps from its {@code traces.jsonl}, and what it dropped: lines repeating
 * a scenario and trial already there (two runs that once appended to the same directory), and a
 * last line cut short by a crash.
 *
 * <pre>{@code ResumedTraces previous = run.readTracesForResume();
 * previous.duplicates()  // 33: the first line of each conversation was kept}</pre>
 */
public record ResumedTraces(List<Trace> traces, int duplicates, boolean cutShort) {
    public ResumedTraces {
        traces = List.copyOf(traces);
        if (duplicates < 0) {
            throw new IllegalArgumentException("duplicates must not be negative, was " + duplicates);
        }
    }

    public static ResumedTraces none() {
        return new ResumedTraces(List.of(), 0, false);
    }

    public boolean droppedAny() {
        return duplicates > 0 || cutShort;
    }
}
