package dev.curveball.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Tells the user, when Ctrl-C ends a run (the JVM then exits with 130), that the conversations
 * finished so far are safe and how to finish the run.
 */
final class InterruptNotice {
    private InterruptNotice() {
    }

    static <T> T around(Path runDirectory, PrintWriter err, Supplier<T> work) {
        Thread notice = new Thread(() -> {
            err.println("curveball: interrupted; the conversations finished so far are in " + runDirectory.resolve("traces.jsonl")
                    + "; finish the run with --resume --out " + runDirectory);
            err.flush();
        }, "curveball-interrupt-notice");
        Runtime.getRuntime().addShutdownHook(notice);
        try {
            return work.get();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(notice);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting: the notice runs, which is what we want.
            }
        }
    }
}
