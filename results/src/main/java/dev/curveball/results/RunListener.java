package dev.curveball.results;

import dev.curveball.core.verdict.Verdict;

/** Hears about each conversation as it ends (for progress output). Called from worker threads. */
@FunctionalInterface
public interface RunListener {
    RunListener SILENT = (verdict, done, total) -> { };

    void conversationEnded(Verdict verdict, int done, int total);
}
