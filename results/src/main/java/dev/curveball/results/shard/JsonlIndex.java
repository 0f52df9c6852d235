package dev.curveball.results.shard;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.FileErrors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each line of a JSON Lines file Curveball wrote starts and ends, with the line's id and
 * trial: read one line at a time and only as far as those two fields, so a file of 10,000 traces is
 * indexed without holding more than one line. Merge sorts the entries and copies the lines byte for
 * byte ({@link LineCopy}).
 *
 * <pre>{@code JsonlIndex.of(dir.resolve("traces.jsonl"), "scenario_id")  // [Entry[s0001, 1, 0, 5321, 1], ...]}</pre>
 */
final class JsonlIndex {
    /** Our own files: Jackson's input limits guard against untrusted input, not against lines Curveball wrote. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE).maxDocumentLength(-1).build())
            .build();

    /** One line: its {@code id} (a scenario's id, or the scenario a trace or verdict is of), trial (0 for a scenario), bytes and number. */
    record Entry(String id, int trial, long offset, int length, int line) {
        String conversation() {
            return id + "-t" + trial;
        }
    }

    private JsonlIndex() {
    }

    /**
     * Every non-blank line of {@code file}, keyed by its {@code idField} and its {@code trial}; bad input naming the line when one
     * has neither. A last line cut short by a crash (no newline, no whole JSON) is left out.
     */
    static List<Entry> of(Path file, String idField) {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            byte[] chunk = new byte[1 << 16];
            long offset = 0;
            long start = 0;
            int number = 0;
            for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
                int from = 0;
                for (int i = 0; i < read; i++) {
                    if (chunk[i] == '\n') {
                        line.write(chunk, from, i - from);
                        add(entries, file, idField, line.toByteArray(), start, ++number);
                        line.reset();
                        from = i + 1;
                        start = offset + i + 1;
                    }
                }
                line.write(chunk, from, read - from);
                offset += read;
            }
            byte[] last = line.toByteArray();
            // A last line without its newline is a write a crash cut: left out, as --resume leaves it out, so the run reads unfinished.
            if (!isBlank(last) && parses(last)) {
                add(entries, file, idField, last, start, ++number);
            }
            return entries;
        } catch (NoSuchFileException e) {
            throw CurveballException.invalidInput(file + ": file not found");
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot read: " + FileErrors.reason(e));
        }
    }

    private static void add(List<Entry> entries, Path file, String idField, byte[] line, long offset, int number) {
        if (!isBlank(line)) {
            entries.add(entry(file, idField, line, offset, number));
        }
    }

    private static Entry entry(Path file, String idField, byte[] line, long offset, int number) {
        String id = null;
        int trial = 0;
        try (JsonParser parser = FACTORY.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notARecord(file, number, "not a JSON object");
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals(idField) && value == JsonToken.VALUE_STRING) {
                    id = parser.getText();
                } else if (field.equals("trial") && value == JsonToken.VALUE_NUMBER_INT) {
                    trial = parser.getIntValue();
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw notARecord(file, number, "not a complete JSON line (was it cut short by a crash?)");
        }
        if (id == null) {
            throw notARecord(file, number, "no '" + idField + "'");
        }
        return new Entry(id, trial, offset, line.length, number);
    }

    private static boolean parses(byte[] line) {
        try (JsonParser parser = FACTORY.createParser(line)) {
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static CurveballException notARecord(Path file, int line, String why) {
        return CurveballException.invalidInput(file + ":" + line + ": " + why);
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
