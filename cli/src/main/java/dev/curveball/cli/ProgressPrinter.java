package dev.curveball.cli;

import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.ResumedTraces;
import dev.curveball.results.RunListener;
import java.io.PrintWriter;

/**
 * Prints a progress line to stderr every tenth of the run, so long runs show they are alive. The
 * counts only go up: parallel conversations report their counts in any order, and a count lower
 * than one already seen is not printed.
 */
final class ProgressPrinter implements RunListener {
    private final PrintWriter err;
    private int highest;
    private int printed;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void conversationEnded(Verdict verdict, int done, int total) {
        if (done <= highest) {
            return;
        }
        highest = done;
        int step = Math.max(1, total / 10);
        if (done / step > printed / step || done == total) {
            printed = done;
            err.printf("  %d/%d conversations played%n", done, total);
            err.flush();
        }
    }

    /** "resuming: 7 of 40 conversations already played; dropped 33 duplicate trace lines and 1 line cut short by a crash". */
    @Override
    public synchronized void resumed(ResumedTraces previous, int total) {
        StringBuilder line = new StringBuilder("  resuming: " + previous.kept() + " of " + total + " conversations already played");
        if (previous.droppedAny()) {
            line.append("; dropped from traces.jsonl ");
            if (previous.duplicates() > 0) {
                line.append(previous.duplicates()).append(previous.duplicates() == 1 ? " duplicate line" : " duplicate lines")
                        .append(" (a scenario and trial already there; the first was kept)");
            }
            if (previous.cutShort()) {
                line.append(previous.duplicates() > 0 ? " and " : "").append("1 last line cut short by a crash");
            }
        }
        err.println(line);
        err.flush();
    }
}
