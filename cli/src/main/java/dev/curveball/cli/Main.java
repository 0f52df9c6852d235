package dev.curveball.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** The {@code curveball} command's entry point. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        System.exit(code);
    }

    /** Runs the command with the given output streams and returns its exit code (tests call this). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(System.getenv(), out, err, args);
    }

    /** As {@link #execute(PrintWriter, PrintWriter, String...)}, with the environment a test chooses. */
    public static int execute(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
        return CurveballCommand.commandLine(out, err, environment).execute(args);
    }

    /**
     * As {@link #execute(Map, PrintWriter, PrintWriter, String...)}, with {@code workingDirectory} standing
     * in for the process's working directory where {@code curveball.yaml} is looked for and {@code init}
     * writes by default (paths given as arguments still resolve as usual).
     */
    public static int execute(Map<String, String> environment, Path workingDirectory, PrintWriter out, PrintWriter err, String... args) {
        return CurveballCommand.commandLine(out, err, environment, workingDirectory).execute(args);
    }
}
