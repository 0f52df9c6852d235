package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.World;
import dev.curveball.generator.PersonaFit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks and defaults shared by the commands' options. */
final class Options {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Options() {
    }

    /** The most scenarios {@code generate}, {@code run} and {@code demo} make or read: as many as a scenarios file may hold. */
    static final int MAX_COUNT = Jsonl.MAX_RECORDS;
    /** The most trials per scenario; pass^k is read at k of 3 to 10. */
    static final int MAX_TRIALS = 100;
    /** The most conversations at once; each holds an agent call and a tool gateway thread. */
    static final int MAX_PARALLEL = 256;
    /** The longest turn timeout, in seconds: a day. */
    static final int MAX_TURN_TIMEOUT_SECONDS = 86_400;

    /** {@code --count}: 1 to {@link #MAX_COUNT}, refused while the command line is read, before anything is loaded. */
    static final class Count implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) wholeNumber(value, 1, MAX_COUNT);
        }
    }

    /** {@code --trials}: 1 to {@link #MAX_TRIALS}. */
    static final class Trials implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) wholeNumber(value, 1, MAX_TRIALS);
        }
    }

    /** {@code --parallel}: 1 to {@link #MAX_PARALLEL}. */
    static final class Parallel implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) wholeNumber(value, 1, MAX_PARALLEL);
        }
    }

    /** {@code --turn-timeout}: 1 to {@link #MAX_TURN_TIMEOUT_SECONDS} seconds. */
    static final class TurnTimeout implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return wholeNumber(value, 1, MAX_TURN_TIMEOUT_SECONDS);
        }
    }

    /** {@code --model-rpm}, {@code --agent-concurrency} and the like: 0 (no limit) to {@link RequestLimits#MAX}. */
    static final class Limit implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) wholeNumber(value, 0, RequestLimits.MAX);
        }
    }

    /** {@code --max-retries}: 0 to {@link RetryPolicy#MAX_RETRIES}. */
    static final class Retries implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) wholeNumber(value, 0, RetryPolicy.MAX_RETRIES);
        }
    }

    /** {@code --retry-max-time}: 1 to 86400 seconds (a day). */
    static final class RetryTime implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) wholeNumber(value, 1, RetryPolicy.MAX_TOTAL_TIME.toSeconds());
        }
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

    /**
     * The personas of {@code dir}, each one some task of {@code world} can fill: a persona that
     * cannot play is named at the template that needs the missing slot, as {@code personas validate}
     * names it (the generator's own check knows no file).
     */
    static PersonaLibrary personasFor(Path dir, World world) {
        PersonaLibrary library = personas(dir);
        Optional<String> unplayable = dir == null ? Optional.empty()
                : library.files().stream().map(file -> PersonaFit.problem(file, world)).flatMap(Optional::stream).findFirst();
        if (unplayable.isPresent()) {
            throw CurveballException.invalidInput(unplayable.get());
        }
        return library;
    }

    /** Numbers in words a user reads ({@code expected a whole number, got 'x'}), not Java's ({@code 'x' is not an int}). */
    static void registerNumberConverters(CommandLine line) {
        CommandLine.ITypeConverter<Long> whole = value -> wholeNumber(value, Long.MIN_VALUE, Long.MAX_VALUE);
        CommandLine.ITypeConverter<Integer> small = value -> (int) wholeNumber(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        CommandLine.ITypeConverter<Double> number = value -> {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("expected a number, got '" + value + "'");
            }
        };
        line.registerConverter(Long.class, whole).registerConverter(long.class, whole)
                .registerConverter(Integer.class, small).registerConverter(int.class, small)
                .registerConverter(Double.class, number).registerConverter(double.class, number);
    }

    private static long wholeNumber(String value, long min, long max) {
        if (!value.matches("[-+]?\\d+")) {
            throw new CommandLine.TypeConversionException("expected a whole number, got '" + value + "'");
        }
        boolean small;
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
            small = parsed < min;
        } catch (NumberFormatException pastALong) {
            small = value.startsWith("-");
        }
        throw new CommandLine.TypeConversionException(value + " is too " + (small ? "small (at least " + min : "large (at most " + max) + ")");
    }

    /** {@code parent/<prefix>-<local time>}, a fresh directory name for each run. */
    static Path timestamped(Path parent, String prefix) {
        return parent.resolve(prefix + "-" + LocalDateTime.now().format(STAMP));
    }
}
