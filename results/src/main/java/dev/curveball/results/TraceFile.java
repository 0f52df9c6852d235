package dev.curveball.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.io.FileErrors;
import dev.curveball.core.io.Json;
import dev.curveball.core.trace.Trace;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads back a run's {@code traces.jsonl}, a line at a time, for {@code --resume} and for what is
 * printed after a run. Curveball wrote every line, so every
 * line it wrote must read back: the reader lifts Jackson's input limits (a 20 MB string, by
 * default), which guard against untrusted input, not against our own files. A line repeating a
 * scenario and trial is dropped (the first is kept), as is a last line cut short by a crash; the
 * file is then rewritten, atomically, from the lines kept, byte for byte.
 */
final class TraceFile {
    /** Curveball's JSON configuration without the input-size limits. */
    static final ObjectMapper READER = unlimited(Json.mapper().copy());

    private TraceFile() {
    }

    /**
     * Streams {@code file} for {@code --resume}: every trace kept goes to {@code kept} as it is read,
     * one line in memory at a time, so a run of 10,000 conversations resumes in as little memory as
     * a run of ten. When a line is dropped (or the file does not end its last line), a second pass
     * copies the lines kept beside the file and moves the copy over it.
     */
    static ResumedTraces readForResume(Path file, Consumer<Trace> kept) {
        if (!Files.exists(file)) {
            return ResumedTraces.none();
        }
        Set<String> seen = new HashSet<>();
        Set<Integer> dropped = new HashSet<>();
        int duplicates = 0;
        int count = 0;
        boolean blankLines = false;
        int brokenLine = 0; // a line that did not parse, 1-based: an error unless no line follows it
        String brokenReason = null;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    blankLines = true;
                    dropped.add(number);
                    continue;
                }
                if (brokenLine > 0) {
                    throw CurveballException.invalidInput(file + ":" + brokenLine + ": not a trace: " + brokenReason);
                }
                Trace trace;
                try {
                    trace = READER.readValue(line, Trace.class);
                } catch (JsonProcessingException e) {
                    brokenLine = number;
                    brokenReason = e.getOriginalMessage();
                    dropped.add(number);
                    continue;
                }
                if (!seen.add(trace.scenarioId() + "#" + trace.trial())) {
                    duplicates++;
                    dropped.add(number);
                    continue;
                }
                count++;
                kept.accept(trace);
            }
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot read: " + FileErrors.reason(e));
        }
        boolean cutShort = brokenLine > 0;
        if (duplicates > 0 || cutShort || blankLines || !endsWithNewline(file)) {
            rewrite(file, dropped);
        }
        return new ResumedTraces(count, duplicates, cutShort);
    }

    /** Whether the file is empty or its last byte ends a line. */
    private static boolean endsWithNewline(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            if (raf.length() == 0) {
                return true;
            }
            raf.seek(raf.length() - 1);
            return raf.read() == '\n';
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot read: " + FileErrors.reason(e));
        }
    }

    /**
     * Copies every line but the {@code dropped} ones (1-based) beside {@code file}, each ended by a
     * newline, and moves the copy over it, so a crash now leaves the old file or the new one, never
     * half of one.
     */
    private static void rewrite(Path file, Set<Integer> dropped) {
        Path next = file.resolveSibling(file.getFileName() + ".rewrite");
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                Writer writer = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                if (!dropped.contains(++number)) {
                    writer.write(line);
                    writer.write('\n');
                }
            }
        } catch (IOException e) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, file + ": cannot rewrite: " + FileErrors.reason(e), e);
        }
        try {
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, file + ": cannot rewrite: " + FileErrors.reason(e), e);
        }
    }

    /**
     * Every trace of {@code file} in file order, one line in memory at a time; a broken last line (a
     * write not finished, or cut by a crash) is left out, a broken line before it is bad input.
     */
    static void forEach(Path file, Consumer<Trace> each) {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            int brokenLine = 0;
            String brokenReason = null;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (brokenLine > 0) {
                    throw CurveballException.invalidInput(file + ":" + brokenLine + ": not a trace: " + brokenReason);
                }
                try {
                    each.accept(READER.readValue(line, Trace.class));
                } catch (JsonProcessingException e) {
                    brokenLine = number;
                    brokenReason = e.getOriginalMessage();
                }
            }
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot read: " + FileErrors.reason(e));
        }
    }

    private static ObjectMapper unlimited(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE)
                .maxNameLength(Integer.MAX_VALUE)
                .maxNumberLength(Integer.MAX_VALUE)
                .maxDocumentLength(-1)
                .build());
        return mapper;
    }
}
