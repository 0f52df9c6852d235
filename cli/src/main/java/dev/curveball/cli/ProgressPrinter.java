package dev.curveball.cli;

import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.RunListener;
import java.io.PrintWriter;

/** Prints a progress line to stderr every tenth of the run, so long runs show they are alive. */
final class ProgressPrinter implements RunListener {
    private final PrintWriter err;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void conversationEnded(Verdict verdict, int done, int total) {
        int step = Math.max(1, total / 10);
        if (done % step == 0 || done == total) {
            err.printf("  %d/%d conversations played%n", done, total);
            err.flush();
        }
    }
}
