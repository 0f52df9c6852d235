package dev.curveball.results.shard;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.Json;
import dev.curveball.results.Manifest;
import dev.curveball.results.RunDirectory;
import dev.curveball.results.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One shard's finished run directory, read for merging: its manifest and summary, and where each
 * scenario, trace and verdict line is. Reading it checks that it is a shard, that it has finished
 * (every conversation of its scenarios played once and judged) and that its files agree.
 */
record ShardRun(Path directory, Manifest manifest, Summary summary, List<JsonlIndex.Entry> scenarios,
                List<JsonlIndex.Entry> traces, List<JsonlIndex.Entry> verdicts) {

    SuiteShard shard() {
        return manifest.shard();
    }

    static ShardRun read(Path dir) {
        RunDirectory run = RunDirectory.open(dir);
        Manifest manifest = run.readManifest();
        if (manifest.merged() != null) {
            throw CurveballException.invalidInput(dir + ": a merged run already, not a shard; merge the shards it came from");
        }
        if (manifest.shard() == null) {
            throw CurveballException.invalidInput(dir + ": not a shard (its manifest.json has no shard); merge joins runs played with --shard I/N");
        }
        String label = dir + " (shard " + manifest.shard().shard() + ")";
        if (!Files.exists(run.summary()) || !Files.exists(run.verdicts())) {
            throw unfinished(label, dir, "it has not been judged yet (no " + (Files.exists(run.summary()) ? "verdicts.jsonl" : "summary.json") + ")");
        }
        List<JsonlIndex.Entry> scenarios = JsonlIndex.of(run.scenarios(), "id");
        int expected = manifest.shard().shard().sizeOf(manifest.shard().suiteScenarios());
        if (scenarios.size() != expected) {
            throw CurveballException.invalidInput(run.scenarios() + ": " + scenarios.size() + " scenarios, but shard " + manifest.shard().shard()
                    + " of " + manifest.shard().suiteScenarios() + " scenarios holds " + expected + "; was the file changed?");
        }
        Map<String, JsonlIndex.Entry> traces = conversations(run.traces(), scenarios, manifest.trials());
        int planned = scenarios.size() * manifest.trials();
        if (traces.size() < planned) {
            throw unfinished(label, dir, traces.size() + " of its " + planned + " conversations played");
        }
        Map<String, JsonlIndex.Entry> verdicts = conversations(run.verdicts(), scenarios, manifest.trials());
        if (!verdicts.keySet().equals(traces.keySet())) {
            Set<String> unjudged = new HashSet<>(traces.keySet());
            unjudged.removeAll(verdicts.keySet());
            throw unfinished(label, dir, verdicts.size() + " of its " + planned + " conversations judged"
                    + unjudged.stream().sorted().findFirst().map(c -> ", not " + c).orElse(""));
        }
        return new ShardRun(dir, manifest, summary(run), scenarios, List.copyOf(traces.values()), List.copyOf(verdicts.values()));
    }

    /** The lines of a traces or verdicts file by conversation: each of this shard's scenarios, a trial it plays, once. */
    private static Map<String, JsonlIndex.Entry> conversations(Path file, List<JsonlIndex.Entry> scenarios, int trials) {
        Set<String> ids = new HashSet<>();
        scenarios.forEach(s -> ids.add(s.id()));
        Map<String, JsonlIndex.Entry> byConversation = new HashMap<>();
        for (JsonlIndex.Entry line : JsonlIndex.of(file, "scenario_id")) {
            String where = file + ":" + line.line() + ": ";
            if (!ids.contains(line.id())) {
                throw CurveballException.invalidInput(where + "scenario '" + line.id() + "' is not one of this shard's (scenarios.jsonl)");
            }
            if (line.trial() < 1 || line.trial() > trials) {
                throw CurveballException.invalidInput(where + "trial " + line.trial() + " of " + line.id() + ", but the run plays trials 1 to " + trials);
            }
            JsonlIndex.Entry earlier = byConversation.putIfAbsent(line.conversation(), line);
            if (earlier != null) {
                throw CurveballException.invalidInput(where + line.conversation() + " a second time (first on line " + earlier.line()
                        + "); a conversation is merged once");
            }
        }
        return byConversation;
    }

    private static Summary summary(RunDirectory run) {
        try {
            return Json.mapper().readValue(run.summary().toFile(), Summary.class);
        } catch (IOException e) {
            throw CurveballException.invalidInput(run.summary() + ": not a Curveball summary: " + e.getMessage());
        }
    }

    private static CurveballException unfinished(String label, Path dir, String why) {
        return CurveballException.invalidInput(label + " has not finished: " + why + "; finish it with: curveball run --resume --out " + dir
                + " (with the --agent and --world it was played with)");
    }
}
