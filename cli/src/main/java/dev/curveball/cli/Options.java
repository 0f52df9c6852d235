package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.persona.PersonaLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks and defaults shared by the commands' options. */
final class Options {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Options() {
    }

    static int positive(CommandSpec spec, String option, long value) {
        if (value <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be a positive number, was " + value);
        }
        return (int) Math.min(Integer.MAX_VALUE, value);
    }

    /** A value above 0 and at most 1, or absent. */
    static void fraction(CommandSpec spec, String option, Double value) {
        if (value != null && !(value > 0 && value <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be above 0 and at most 1, was " + value);
        }
    }

    static PersonaLibrary personas(Path dir) {
        return dir == null ? PersonaLibrary.bundled() : PersonaLibrary.load(dir);
    }

    /** Creates the folder {@code file} goes in, as {@code run --out} does, so a fresh path needs no mkdir first. */
    static void parentFolder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, parent + ": cannot create this folder for " + file.getFileName()
                    + " (is a file in the way, or is the place not writable?)", e);
        }
    }

    /** {@code parent/<prefix>-<local time>}, a fresh directory name for each run. */
    static Path timestamped(Path parent, String prefix) {
        return parent.resolve(prefix + "-" + LocalDateTime.now().format(STAMP));
    }
}
