package dev.curveball.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.io.FileErrors;
import dev.curveball.core.io.Json;
import dev.curveball.core.trace.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads back a run's {@code traces.jsonl} for {@code --resume}. Curveball wrote every line, so every
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

    static ResumedTraces readForResume(Path file) {
        if (!Files.exists(file)) {
            return ResumedTraces.none();
        }
        String text = read(file);
        String[] lines = text.split("\n", -1);
        int last = lastNonBlank(lines);
        Set<String> seen = new HashSet<>();
        List<Trace> traces = new ArrayList<>();
        StringBuilder kept = new StringBuilder(text.length());
        int duplicates = 0;
        boolean cutShort = false;
        for (int i = 0; i <= last; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Trace trace;
            try {
                trace = READER.readValue(lines[i], Trace.class);
            } catch (JsonProcessingException e) {
                if (i < last) {
                    throw CurveballException.invalidInput(file + ":" + (i + 1) + ": not a trace: " + e.getOriginalMessage());
                }
                cutShort = true;
                continue;
            }
            if (!seen.add(trace.scenarioId() + "#" + trace.trial())) {
                duplicates++;
                continue;
            }
            traces.add(trace);
            kept.append(lines[i]).append('\n');
        }
        if (duplicates > 0 || cutShort || !text.contentEquals(kept)) {
            replace(file, kept.toString());
        }
        return new ResumedTraces(traces, duplicates, cutShort);
    }

    private static int lastNonBlank(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
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

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot read: " + FileErrors.reason(e));
        }
    }

    /** Writes beside {@code file} and moves over it, so a crash now leaves the old file or the new one, never half of one. */
    private static void replace(Path file, String content) {
        Path next = file.resolveSibling(file.getFileName() + ".rewrite");
        try {
            Files.writeString(next, content, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, file + ": cannot rewrite: " + FileErrors.reason(e), e);
        }
    }
}
