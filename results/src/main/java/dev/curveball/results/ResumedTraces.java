package dev.curveball.results;

/**
 * What a resumed run kept of its {@code traces.jsonl} (the traces themselves went to the caller
 * one by one, and are not held here), and what it dropped: lines repeating a scenario and trial
 * already there (two runs that once appended to the same directory), and a last line cut short by
 * a crash.
 *
 * <pre>{@code ResumedTraces previous = run.readTracesForResume(trace -> judge(trace));
 * previous.kept()        // 467 conversations already played
 * previous.duplicates()  // 33: the first line of each conversation was kept}</pre>
 */
public record ResumedTraces(int kept, int duplicates, boolean cutShort) {
    public ResumedTraces {
        if (kept < 0 || duplicates < 0) {
            throw new IllegalArgumentException("kept and duplicates must not be negative, were " + kept + " and " + duplicates);
        }
    }

    public static ResumedTraces none() {
        return new ResumedTraces(0, 0, false);
    }

    public boolean droppedAny() {
        return duplicates > 0 || cutShort;
    }
}
