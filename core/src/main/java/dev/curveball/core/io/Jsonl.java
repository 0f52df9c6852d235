package dev.curveball.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.io.FileErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON Lines files: one record per line. Reading reports the file, line and field of a bad line,
 * and refuses a line, a file or a number of records past its bound in one located line too; the
 * appender writes and flushes whole lines, so a crash never leaves half a record behind the last
 * complete one.
 *
 * <pre>{@code List<Scenario> all = Jsonl.read(Path.of("scenarios.jsonl"), Scenario.class);}</pre>
 */
public final class Jsonl {
    /** The longest line Curveball reads (a generated scenario is about 2 kB). */
    public static final int MAX_LINE_BYTES = 1 << 20;
    /** The largest file Curveball reads ({@link #MAX_RECORDS} generated scenarios take about 150 MB). */
    public static final long MAX_FILE_BYTES = 256L << 20;
    /** The most records read from one file: as many scenarios as {@code generate --count} may write. */
    public static final int MAX_RECORDS = 100_000;

    private Jsonl() {
    }

    public static <T> List<T> read(Path file, Class<T> type) {
        return read(file, type, null);
    }

    /**
     * Reads every line once it satisfies {@code schema} (null: none); a violation names the file,
     * line, column and field: {@code scenarios.jsonl:3:240: field 'max_turns' must be positive, was 0}.
     */
    public static <T> List<T> read(Path file, Class<T> type, FileSchema schema) {
        if (Files.isDirectory(file)) {
            throw CurveballException.invalidInput(file + ": is a directory; expected a JSON Lines file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(file, new JsonlLines(file.toString(), in), type, schema);
        } catch (NoSuchFileException e) {
            throw CurveballException.invalidInput(file + ": file not found");
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot read: " + FileErrors.reason(e));
        }
    }

    private static <T> List<T> read(Path file, JsonlLines lines, Class<T> type, FileSchema schema) throws IOException {
        List<T> out = new ArrayList<>();
        for (Optional<JsonlLines.Line> next = lines.next(); next.isPresent(); next = lines.next()) {
            String line = next.get().text();
            int number = (int) next.get().number();
            if (line.isBlank()) {
                continue;
            }
            if (out.size() == MAX_RECORDS) {
                throw CurveballException.invalidInput(file + ":" + number + ": more than " + MAX_RECORDS
                        + " records, the most Curveball reads from one file");
            }
            try {
                out.add(schema == null ? Json.mapper().readValue(line, type) : checked(file, number, line, type, schema));
            } catch (JsonProcessingException e) {
                throw CurveballException.invalidInput(located(file, number, InputErrors.explain(line, Json.mapper(), e)), e);
            }
        }
        return out;
    }

    private static <T> T checked(Path file, int number, String line, Class<T> type, FileSchema schema) throws JsonProcessingException {
        JsonNode tree = Json.mapper().readTree(line);
        SchemaErrors.first(schema, tree, line, Json.mapper()).ifPresent(problem -> {
            throw CurveballException.invalidInput(located(file, number, problem));
        });
        try {
            return Json.mapper().treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // A tree has no columns: read the line again for the located message.
            return Json.mapper().readValue(line, type);
        }
    }

    private static String located(Path file, int line, InputErrors.Problem problem) {
        return file + ":" + line + (problem.column() > 0 ? ":" + problem.column() : "") + ": " + problem.message();
    }

    /** Writes all values, one per line, replacing the file (its folders are created when missing). */
    public static void write(Path file, List<?> values) {
        if (Files.isDirectory(file)) {
            throw CurveballException.invalidInput(file + ": is a directory; expected a file to write");
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot create its folder: " + FileErrors.reason(e));
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Object value : values) {
                out.write(Json.write(value));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, file + ": cannot write: " + FileErrors.reason(e), e);
        }
    }

    /**
     * A thread-safe appender: each {@link Appender#append} writes one whole line in a single write
     * to a file opened for appending, so a crash leaves at most the last line cut short.
     */
    public static Appender appender(Path file) {
        try {
            return new Appender(file, Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, file + ": cannot open for writing: " + FileErrors.reason(e), e);
        }
    }

    public static final class Appender implements AutoCloseable {
        private final Path file;
        private final OutputStream out;

        private Appender(Path file, OutputStream out) {
            this.file = file;
            this.out = out;
        }

        public synchronized void append(Object value) {
            try {
                out.write((Json.write(value) + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                throw new CurveballException(ExitCodes.INFRASTRUCTURE, file + ": cannot write: " + FileErrors.reason(e), e);
            }
        }

        @Override
        public synchronized void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new CurveballException(ExitCodes.INFRASTRUCTURE, file + ": cannot close: " + FileErrors.reason(e), e);
            }
        }
    }
}
