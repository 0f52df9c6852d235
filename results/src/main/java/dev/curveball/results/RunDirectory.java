package dev.curveball.results;

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
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A run directory (a contract): {@code manifest.json}, {@code scenarios.jsonl},
 * {@code traces.jsonl} (appended as each conversation ends), {@code verdicts.jsonl},
 * {@code summary.json}; and {@code .lock} while a run plays in it (see {@link RunLock}).
 *
 * <pre>{@code try (RunDirectory run = RunDirectory.prepare(Path.of("runs/nightly"), false);
 *      Jsonl.Appender traces = run.traceAppender()) { ... }}</pre>
 */
public final class RunDirectory implements AutoCloseable {
    private final Path dir;
    private final RunLock lock;

    private RunDirectory(Path dir, RunLock lock) {
        this.dir = dir;
        this.lock = lock;
    }

    /**
     * A directory ready to hold a run, locked for this run until {@link #close()}: created when
     * missing; refused when it already holds one, unless resuming, which needs one; refused while
     * another run plays in it.
     */
    public static RunDirectory prepare(Path dir, boolean resume) {
        if (resume && !Files.exists(dir.resolve("manifest.json"))) {
            throw CurveballException.invalidInput("--resume: " + dir + " holds no run to resume (no manifest.json)");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw CurveballException.invalidInput("--out: cannot create " + dir + ": " + FileErrors.reason(e));
        }
        RunLock lock = RunLock.acquire(dir);
        RunDirectory run = new RunDirectory(dir, lock);
        // Checked under the lock: a run that started here a moment ago has written its manifest by now.
        if (!resume && Files.exists(run.manifest())) {
            lock.close();
            throw CurveballException.invalidInput("--out: " + dir + " already holds a run; pass --resume to finish it, or choose another --out");
        }
        return run;
    }

    /** An existing run directory, for reading. */
    public static RunDirectory open(Path dir) {
        RunDirectory run = new RunDirectory(dir, null);
        if (!Files.exists(run.manifest())) {
            throw CurveballException.invalidInput(dir + ": not a run directory (no manifest.json)");
        }
        return run;
    }

    /**
     * An existing run directory, locked until {@link #close()} so that it is judged again while no run
     * plays in it: bad input (exit 2) when it holds no run, or while a run or {@code --resume} plays there.
     */
    public static RunDirectory lockForJudging(Path dir) {
        open(dir);
        return new RunDirectory(dir, RunLock.acquire(dir, "a run still plays there; wait for it to end, then judge it again"));
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

    /** The verdicts a re-judge replaced ({@code curveball judge}); absent until a run was judged again. */
    public Path previousVerdicts() {
        return dir.resolve("verdicts.previous.jsonl");
    }

    /** The summary a re-judge replaced ({@code curveball judge}). */
    public Path previousSummary() {
        return dir.resolve("summary.previous.json");
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

    /** Writes the verdicts beside {@code verdicts.jsonl} and moves them over it: a crash leaves the old file or the new one. */
    public void writeVerdicts(List<Verdict> verdicts) {
        Path next = verdicts().resolveSibling(verdicts().getFileName() + ".next");
        Jsonl.write(next, verdicts);
        try {
            Files.move(next, verdicts(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, verdicts() + ": cannot write: " + FileErrors.reason(e), e);
        }
    }

    /** Appends verdicts to {@code verdicts.jsonl} as conversations end, in the order they end; {@link #writeVerdicts} sorts them at the end. */
    public Jsonl.Appender verdictAppender() {
        return Jsonl.appender(verdicts());
    }

    /** Removes {@code verdicts.jsonl}, which a run (or a resumed one) writes again from its traces. */
    public void clearVerdicts() {
        try {
            Files.deleteIfExists(verdicts());
        } catch (IOException e) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, verdicts() + ": cannot remove: " + FileErrors.reason(e), e);
        }
    }

    public void writeSummary(Summary summary) {
        writeText(summary(), Json.writePretty(summary) + "\n");
    }

    /**
     * Writes the verdicts and summary of a re-judge in place of the run's, keeping the ones replaced
     * as {@code verdicts.previous.jsonl} and {@code summary.previous.json} (those of an earlier
     * re-judge are overwritten). Each file is written beside its place and moved over it, so a crash
     * leaves the old file or the new one, never half of one.
     */
    public void replaceVerdicts(List<Verdict> verdicts, Summary summary) {
        keep(verdicts(), previousVerdicts());
        keep(summary(), previousSummary());
        replace(verdicts(), verdicts.stream().map(v -> Json.write(v) + "\n").collect(Collectors.joining()));
        replace(summary(), Json.writePretty(summary) + "\n");
    }

    private static void keep(Path file, Path previous) {
        if (Files.exists(file)) {
            try {
                replace(previous, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new CurveballException(ExitCodes.INFRASTRUCTURE, file + ": cannot read: " + FileErrors.reason(e), e);
            }
        }
    }

    private static void replace(Path file, String content) {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Files.writeString(next, content, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE, file + ": cannot write: " + FileErrors.reason(e), e);
        }
    }

    /**
     * Streams the traces written so far to {@code kept}, each conversation once: a line repeating a
     * scenario and trial, and a last line cut short by a crash, are dropped (and the file rewritten
     * without them) so that a resumed run plays a cut conversation again and counts each one once.
     */
    public ResumedTraces readTracesForResume(Consumer<Trace> kept) {
        return TraceFile.readForResume(traces(), kept);
    }

    /** Every trace of {@code traces.jsonl} in file order, one in memory at a time. */
    public void forEachTrace(Consumer<Trace> each) {
        TraceFile.forEach(traces(), each);
    }

    /** Releases the run's lock on the directory (a directory opened for reading holds none). */
    @Override
    public void close() {
        if (lock != null) {
            lock.close();
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
