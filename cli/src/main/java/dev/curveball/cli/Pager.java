package dev.curveball.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Shows long output a page at a time, as git does: through {@code $PAGER} (default {@code less -FRX},
 * which quits at once when the text fits on the screen), run by {@code sh -c} with the terminal as its
 * output, and only when standard output is a terminal and the text is longer than it is high. An
 * empty {@code PAGER} or {@code cat} turns paging off, as {@code --no-pager} does. A pager that
 * cannot start (not installed: {@code sh} exits 126 or 127) falls back to printing. The text is
 * escaped on its way to the pager as on its way to the terminal.
 */
final class Pager {
    static final String DEFAULT = "less -FRX";
    /** {@code sh -c} exits so when the command is not there or not executable; the pager showed nothing. */
    private static final int NOT_EXECUTABLE = 126;
    private static final int NOT_FOUND = 127;

    private Pager() {
    }

    /** The pager command to run, or empty when paging is off. */
    static Optional<String> command(Map<String, String> environment) {
        String pager = environment.getOrDefault("PAGER", DEFAULT).trim();
        return pager.isEmpty() || pager.equals("cat") ? Optional.empty() : Optional.of(pager);
    }

    /** Prints {@code text} to {@code out}, or through {@code pager} when it is given and the text is longer than {@code rows}. */
    static void show(String text, PrintWriter out, Optional<String> pager, Optional<TerminalSize> size, Map<String, String> environment) {
        long lines = text.lines().count();
        boolean fits = size.map(s -> lines < s.rows()).orElse(false);
        if (pager.isEmpty() || fits || !page(text, pager.get(), environment)) {
            out.print(text);
            out.flush();
        }
    }

    /** Whether the pager ran and showed the text. */
    private static boolean page(String text, String pager, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", pager)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putIfAbsent("LESS", environment.getOrDefault("LESS", "FRX"));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return false;
        }
        try (OutputStream in = process.getOutputStream()) {
            in.write(TerminalWriter.escape(text).getBytes(Charset.defaultCharset()));
        } catch (IOException e) {
            // The reader quit before the end (q in less): the rest is not wanted.
        }
        // Ctrl-C while reading is the pager's to handle (less ignores it), as in git: were Curveball to
        // die of it, the shell would take the terminal back while the pager still draws on it.
        Optional<Runnable> restore = ignoreInterrupts();
        try {
            int code = process.waitFor();
            return code != NOT_EXECUTABLE && code != NOT_FOUND;
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            return true;
        } finally {
            restore.ifPresent(Runnable::run);
        }
    }

    /** Ignores SIGINT; the runnable puts back what handled it before. */
    private static Optional<Runnable> ignoreInterrupts() {
        try {
            Signal interrupt = new Signal("INT");
            SignalHandler before = Signal.handle(interrupt, SignalHandler.SIG_IGN);
            return Optional.of(() -> Signal.handle(interrupt, before));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return Optional.empty(); // a platform without SIGINT, or a JVM that keeps it
        }
    }
}
