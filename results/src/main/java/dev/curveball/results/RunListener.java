package dev.curveball.results;

import dev.curveball.core.verdict.Verdict;

/** Hears about each conversation as it ends (for progress output). Called from worker threads. */
@FunctionalInterface
public interface RunListener {
    RunListener SILENT = (verdict, done, total) -> { };

    void conversationEnded(Verdict verdict, int done, int total);

    /** A resumed run read back {@code previous} of its {@code total} conversations (and dropped what it says), before playing the rest. */
    default void resumed(ResumedTraces previous, int total) {
    }
}
