package dev.curveball.results.shard;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.Json;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.Manifest;
import dev.curveball.results.RunDirectory;
import dev.curveball.results.Summary;
import dev.curveball.results.SummaryCalculator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code curveball merge}: joins the run directories of a run's shards into one run directory equal
 * to the run played on one machine: {@code scenarios.jsonl} in the full list's order (checked
 * against the fingerprint every shard recorded), {@code traces.jsonl} in scenario then trial order,
 * {@code verdicts.jsonl} sorted as a run sorts them, and {@code summary.json} computed from the
 * merged verdicts by the run's own {@link SummaryCalculator}. Lines are copied byte for byte, one at
 * a time; only the verdicts are held, for the summary.
 *
 * <pre>{@code ShardMerge.merge(List.of(Path.of("runs/shard-1"), Path.of("runs/shard-2")), Path.of("runs/merged"), false)}</pre>
 */
public final class ShardMerge {
    private static final String TRACES = "traces.jsonl";
    private static final String VERDICTS_FILE = "verdicts.jsonl";

    private ShardMerge() {
    }

    /**
     * Merges the shards in {@code inputs} into {@code out}, which must not hold a run yet. Every shard
     * of the run must be given once, finished; with {@code allowPartial}, missing shards are allowed
     * and named in the manifest and in the summary's {@code views_not_available}.
     */
    public static MergeResult merge(List<Path> inputs, Path out, boolean allowPartial) {
        if (inputs.isEmpty()) {
            throw CurveballException.invalidInput("merge: no shard directories given");
        }
        if (Files.exists(out.resolve("manifest.json"))) {
            throw CurveballException.invalidInput("--out: " + out + " already holds a run; choose another --out");
        }
        List<ShardRun> read = inputs.stream().map(ShardRun::read).toList();
        SameRun.require(read.get(0), read);
        ShardRun[] byIndex = byIndex(read);
        List<Integer> missing = missing(byIndex, read, allowPartial);
        try (RunDirectory dir = RunDirectory.prepare(out, false)) {
            Map<String, Integer> positions = writeScenarios(dir, byIndex, missing.isEmpty());
            LineCopy.write(dir.traces(), sorted(byIndex, TRACES, traceOrder(positions)), line -> { });
            List<Verdict> verdicts = new ArrayList<>();
            LineCopy.write(dir.verdicts(), sorted(byIndex, VERDICTS_FILE, verdictOrder()), line -> verdicts.add(verdict(line)));
            List<String> views = views(read.get(0), byIndex, missing);
            int unreachable = read.stream().mapToInt(s -> s.summary().agentUnreachable()).sum();
            Summary summary = SummaryCalculator.summarize(verdicts, read.get(0).manifest().trials(), unreachable, views);
            dir.writeSummary(summary);
            Manifest manifest = manifest(byIndex, positions.size(), missing, views);
            dir.writeManifest(manifest); // last: a merge cut short leaves no manifest, so it can simply be run again
            return new MergeResult(out, manifest, summary, missing);
        }
    }

    /** The shards by index (1-based); a shard given twice is bad input naming both directories. */
    private static ShardRun[] byIndex(List<ShardRun> shards) {
        ShardRun[] byIndex = new ShardRun[shards.get(0).shard().count() + 1];
        for (ShardRun shard : shards) {
            ShardRun earlier = byIndex[shard.shard().index()];
            if (earlier != null) {
                throw CurveballException.invalidInput("shard " + shard.shard().shard() + " given twice: " + earlier.directory() + " and "
                        + shard.directory() + "; each shard is merged once");
            }
            byIndex[shard.shard().index()] = shard;
        }
        return byIndex;
    }

    private static List<Integer> missing(ShardRun[] byIndex, List<ShardRun> given, boolean allowPartial) {
        List<Integer> missing = new ArrayList<>();
        for (int i = 1; i < byIndex.length; i++) {
            if (byIndex[i] == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty() && !allowPartial) {
            int count = byIndex.length - 1;
            throw CurveballException.invalidInput("shard" + (missing.size() == 1 ? " " : "s ") + listed(missing, count) + " missing (given: "
                    + listed(given.stream().map(s -> s.shard().index()).sorted().toList(), count)
                    + "); pass every shard's run directory, or --allow-partial to merge what there is");
        }
        return missing;
    }

    /** {@code 1/3, 3/3}, the first ten of them. */
    static String listed(List<Integer> indexes, int count) {
        List<String> shown = indexes.stream().limit(10).map(i -> i + "/" + count).toList();
        return String.join(", ", shown) + (indexes.size() > 10 ? " and " + (indexes.size() - 10) + " more" : "");
    }

    /**
     * Writes the scenarios in the full list's order (position p is shard p mod N + 1's line p div N)
     * and, when every shard is there, checks the result is the list each shard was cut from.
     * Returns each scenario's position, which orders the traces.
     */
    private static Map<String, Integer> writeScenarios(RunDirectory dir, ShardRun[] byIndex, boolean complete) {
        int count = byIndex.length - 1;
        SuiteShard suite = first(byIndex).shard();
        List<LineCopy.Source> lines = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        for (int p = 0; p < suite.suiteScenarios(); p++) {
            ShardRun shard = byIndex[p % count + 1];
            if (shard != null) {
                JsonlIndex.Entry line = shard.scenarios().get(p / count);
                if (positions.putIfAbsent(line.id(), p) != null) {
                    throw CurveballException.invalidInput(shard.directory().resolve("scenarios.jsonl") + ":" + line.line() + ": scenario '"
                            + line.id() + "' again; a scenario id is played in one shard only");
                }
                lines.add(new LineCopy.Source(shard.directory().resolve("scenarios.jsonl"), line));
            }
        }
        ScenarioFingerprint fingerprint = ScenarioFingerprint.start();
        LineCopy.write(dir.scenarios(), lines, fingerprint::add);
        if (complete && !fingerprint.value().equals(suite.suiteFingerprint())) {
            delete(dir.scenarios());
            throw CurveballException.invalidInput("the shards' scenarios.jsonl files do not add up to the scenario list they were cut from "
                    + "(its fingerprint " + suite.suiteFingerprint() + "); was one of them changed after its run?");
        }
        return positions;
    }

    /** Every shard's lines of {@code file} ({@code traces.jsonl} or {@code verdicts.jsonl}), in {@code order}. */
    private static List<LineCopy.Source> sorted(ShardRun[] byIndex, String file, Comparator<JsonlIndex.Entry> order) {
        List<LineCopy.Source> all = new ArrayList<>();
        for (ShardRun shard : byIndex) {
            if (shard != null) {
                Path path = shard.directory().resolve(file);
                (file.equals(TRACES) ? shard.traces() : shard.verdicts()).forEach(line -> all.add(new LineCopy.Source(path, line)));
            }
        }
        all.sort(Comparator.comparing(LineCopy.Source::entry, order));
        return all;
    }

    /** A run's traces in scenario order, then trial (a run on one machine writes them as they end; readers key them by conversation). */
    private static Comparator<JsonlIndex.Entry> traceOrder(Map<String, Integer> positions) {
        return Comparator.<JsonlIndex.Entry>comparingInt(e -> positions.get(e.id())).thenComparingInt(JsonlIndex.Entry::trial);
    }

    /** As {@code RunService} sorts verdicts: by scenario id, then trial. */
    private static Comparator<JsonlIndex.Entry> verdictOrder() {
        return Comparator.comparing(JsonlIndex.Entry::id).thenComparingInt(JsonlIndex.Entry::trial);
    }

    private static Verdict verdict(byte[] line) {
        try {
            return Json.mapper().readValue(line, Verdict.class);
        } catch (IOException e) {
            throw CurveballException.invalidInput("a verdicts.jsonl line Curveball cannot read: " + e.getMessage());
        }
    }

    /** What the shards could not see, and, when shards are missing, that their scenarios were not played. */
    private static List<String> views(ShardRun first, ShardRun[] byIndex, List<Integer> missing) {
        List<String> views = new ArrayList<>(first.summary().viewsNotAvailable());
        if (!missing.isEmpty()) {
            int count = byIndex.length - 1;
            int scenarios = missing.stream().mapToInt(i -> new Shard(i, count).sizeOf(first.shard().suiteScenarios())).sum();
            views.add("missing shards: " + listed(missing, count) + " were not merged (--allow-partial), so " + scenarios + " of the suite's "
                    + first.shard().suiteScenarios() + " scenarios were not played");
        }
        return views;
    }

    /** The first shard's manifest as the whole run's: every scenario merged, no shard of its own, the shards it came from listed. */
    private static Manifest manifest(ShardRun[] byIndex, int scenarios, List<Integer> missing, List<String> views) {
        List<MergedShards.Part> parts = new ArrayList<>();
        Instant started = null;
        for (ShardRun shard : byIndex) {
            if (shard != null) {
                Instant created = shard.manifest().createdAt();
                started = started == null || created != null && created.isBefore(started) ? created : started;
                parts.add(new MergedShards.Part(shard.shard().index(), shard.directory().toString(), created, shard.traces().size()));
            }
        }
        return first(byIndex).manifest().toBuilder()
                .createdAt(started)
                .scenarios(scenarios)
                .shard(null)
                .viewsNotAvailable(views)
                .merged(new MergedShards(byIndex.length - 1, parts, missing))
                .build();
    }

    private static ShardRun first(ShardRun[] byIndex) {
        for (ShardRun shard : byIndex) {
            if (shard != null) {
                return shard;
            }
        }
        throw new IllegalStateException("no shard");
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The error about the scenarios matters more than a file left behind without a manifest.
        }
    }
}
