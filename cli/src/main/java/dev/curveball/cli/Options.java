package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
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
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException tooLarge) {
            // Falls through to the same message as a value past an int's range.
        }
        throw new CommandLine.TypeConversionException(value + " is too " + (value.startsWith("-") ? "small (at least " + min : "large (at most " + max) + ")");
    }

    /** {@code parent/<prefix>-<local time>}, a fresh directory name for each run. */
    static Path timestamped(Path parent, String prefix) {
        return parent.resolve(prefix + "-" + LocalDateTime.now().format(STAMP));
    }
}
