package dev.curveball.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.io.FileErrors;
import dev.curveball.core.io.FileSchema;
import dev.curveball.core.io.Json;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run directory (a contract): {@code manifest.json}, {@code scenarios.jsonl},
 * {@code traces.jsonl} (appended as each conversation ends), {@code verdicts.jsonl},
 * {@code summary.json}.
 *
 * <pre>{@code RunDirectory run = RunDirectory.prepare(Path.of("runs/nightly"), false);
 * try (Jsonl.Appender traces = run.traceAppender()) { ... }}</pre>
 */
public final class RunDirectory {
    private final Path dir;

    private RunDirectory(Path dir) {
        this.dir = dir;
    }

    /**
     * A directory ready to hold a run: created when missing; refused when it already holds one,
     * unless resuming, which needs one.
     */
    public static RunDirectory prepare(Path dir, boolean resume) {
        RunDirectory run = new RunDirectory(dir);
        boolean holdsRun = Files.exists(run.manifest());
        if (resume && !holdsRun) {
            throw CurveballException.invalidInput("--resume: " + dir + " holds no run to resume (no manifest.json)");
        }
        if (!resume && holdsRun) {
            throw CurveballException.invalidInput("--out: " + dir + " already holds a run; pass --resume to finish it, or choose another --out");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw CurveballException.invalidInput("--out: cannot create " + dir + ": " + FileErrors.reason(e));
        }
        return run;
    }

    /** An existing run directory, for reading. */
    public static RunDirectory open(Path dir) {
        RunDirectory run = new RunDirectory(dir);
        if (!Files.exists(run.manifest())) {
            throw CurveballException.invalidInput(dir + ": not a run directory (no manifest.json)");
        }
        return run;
    }

    public Path path() {
        return dir;
    }

    public Path manifest() {
        return dir.resolve("manifest.json");
    }

    public Path scenarios() {
        return dir.resolve("scenarios.jsonl");
    }

    public Path traces() {
        return dir.resolve("traces.jsonl");
    }

    public Path verdicts() {
        return dir.resolve("verdicts.jsonl");
    }

    public Path summary() {
        return dir.resolve("summary.json");
    }

    public void writeManifest(Manifest manifest) {
        writeText(manifest(), Json.writePretty(manifest) + "\n");
    }

    public Manifest readManifest() {
        try {
            return Json.mapper().readValue(manifest().toFile(), Manifest.class);
        } catch (IOException e) {
            throw CurveballException.invalidInput(manifest() + ": not a Curveball manifest: " + e.getMessage());
        }
    }

    public void writeScenarios(List<Scenario> scenarios) {
        Jsonl.write(scenarios(), scenarios);
    }

    public List<Scenario> readScenarios() {
        return Jsonl.read(scenarios(), Scenario.class, FileSchema.named("scenario"));
    }

    public Jsonl.Appender traceAppender() {
        return Jsonl.appender(traces());
    }

    public void writeVerdicts(List<Verdict> verdicts) {
        Jsonl.write(verdicts(), verdicts);
    }

    public void writeSummary(Summary summary) {
        writeText(summary(), Json.writePretty(summary) + "\n");
    }

    /**
     * The traces written so far. A last line cut short by a crash is dropped (and the file
     * rewritten without it) so that a resumed run plays that conversation again.
     */
    public List<Trace> readTracesForResume() {
        if (!Files.exists(traces())) {
            return List.of();
        }
        List<String> lines = readLines(traces());
        List<Trace> traces = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                traces.add(Json.mapper().readValue(lines.get(i), Trace.class));
            } catch (JsonProcessingException e) {
                if (i < lines.size() - 1) {
                    throw CurveballException.invalidInput(traces() + ":" + (i + 1) + ": not a trace: " + e.getOriginalMessage());
                }
                Jsonl.write(traces(), traces);
            }
        }
        return traces;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot read: " + FileErrors.reason(e));
        }
    }

    private static void writeText(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, file + ": cannot write: " + FileErrors.reason(e), e);
        }
    }
}
