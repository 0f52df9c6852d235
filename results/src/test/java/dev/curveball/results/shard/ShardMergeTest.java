package dev.curveball.results.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.io.Json;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.results.Manifest;
import dev.curveball.results.RunDirectory;
import dev.curveball.results.RunListener;
import dev.curveball.results.RunRequest;
import dev.curveball.results.RunService;
import dev.curveball.results.ScenarioSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three shards of a run, merged, equal the run played on one machine: the same scenarios byte for
 * byte, the same conversations once each, the same verdicts and the same summary; and merge refuses
 * what is not the whole of one run.
 */
class ShardMergeTest {
    private static final World ACME = WorldLoader.load(Path.of("../examples/acme-support"));
    private static final PersonaLibrary PERSONAS = PersonaLibrary.load(Path.of("../personas"));
    private static final int COUNT = 7;
    private static final long SEED = 11L;

    @TempDir
    static Path runs;

    @TempDir
    Path tmp;

    static Path single;
    static List<Path> shards;
    static Path merged;
    static MergeResult result;

    @BeforeAll
    static void playOnOneMachineAndInThreeShardsThenMerge() {
        single = play(runs.resolve("single"), null, SEED);
        shards = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            shards.add(play(runs.resolve("shard-" + i), new Shard(i, 3), SEED));
        }
        merged = runs.resolve("merged");
        result = ShardMerge.merge(List.of(shards.get(2), shards.get(0), shards.get(1)), merged, false);
    }

    private static Path play(Path out, Shard shard, long seed) {
        return play(out, shard, seed, false);
    }

    private static Path play(Path out, Shard shard, long seed, boolean resume) {
        RunRequest request = RunRequest.builder().agent("refunding").world(ACME).worldSource("examples/acme-support").personas(PERSONAS)
                .scenarios(new ScenarioSource.Generated(COUNT, seed)).trials(resume ? null : 2).parallel(2).out(out)
                .turnTimeout(Duration.ofSeconds(10)).shard(shard).resume(resume).build();
        new RunService().run(request, RunListener.SILENT);
        return out;
    }

    @Test
    void theMergedScenariosAreTheSingleRunsByteForByte() throws IOException {
        assertThat(Files.readString(merged.resolve("scenarios.jsonl"))).isEqualTo(Files.readString(single.resolve("scenarios.jsonl")));
    }

    @Test
    void everyConversationIsMergedExactlyOnceAndPlayedAsOnOneMachine() throws IOException {
        List<String> mergedIds = conversations(merged.resolve("traces.jsonl"));

        assertThat(mergedIds).hasSize(COUNT * 2).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(conversations(single.resolve("traces.jsonl")));
        assertThat(untimed(merged.resolve("traces.jsonl"))).isEqualTo(untimed(single.resolve("traces.jsonl")));
        assertThat(mergedIds).as("scenario order, then trial").startsWith("s0001#1", "s0001#2", "s0002#1");
    }

    @Test
    void theMergedVerdictsAndSummaryAreTheSingleRuns() throws IOException {
        assertThat(Files.readAllLines(merged.resolve("verdicts.jsonl"))).isEqualTo(Files.readAllLines(single.resolve("verdicts.jsonl")));
        assertThat(Json.mapper().readTree(merged.resolve("summary.json").toFile()))
                .isEqualTo(Json.mapper().readTree(single.resolve("summary.json").toFile()));
        assertThat(result.summary().conversations()).isEqualTo(COUNT * 2);
        assertThat(result.summary().gate().scored()).isTrue();
    }

    @Test
    void eachShardRecordsItsSliceAndTheFingerprintOfTheWholeList() throws Exception {
        String whole = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(single.resolve("scenarios.jsonl"))));
        for (int i = 1; i <= 3; i++) {
            Manifest manifest = RunDirectory.open(shards.get(i - 1)).readManifest();
            assertThat(manifest.shard()).isEqualTo(new SuiteShard(i, 3, COUNT, whole));
            assertThat(manifest.scenarios()).isEqualTo(new Shard(i, 3).sizeOf(COUNT));
            assertThat(Files.readAllLines(shards.get(i - 1).resolve("scenarios.jsonl"))).hasSize(new Shard(i, 3).sizeOf(COUNT));
        }
        assertThat(RunDirectory.open(single).readManifest().shard()).isNull();
    }

    @Test
    void theMergedManifestIsTheWholeRunsAndListsTheShards() {
        Manifest manifest = RunDirectory.open(merged).readManifest();

        assertThat(manifest.shard()).isNull();
        assertThat(manifest.scenarios()).isEqualTo(COUNT);
        assertThat(manifest.trials()).isEqualTo(2);
        assertThat(manifest.merged().count()).isEqualTo(3);
        assertThat(manifest.merged().missing()).isEmpty();
        assertThat(manifest.merged().shards()).extracting(MergedShards.Part::index).containsExactly(1, 2, 3);
        assertThat(manifest.merged().shards()).extracting(MergedShards.Part::conversations).containsExactly(6, 4, 4);
        assertThat(manifest.merged().shards().get(1).directory()).isEqualTo(shards.get(1).toString());
    }

    @Test
    void aMissingShardIsRefusedUnlessPartialIsAllowedAndThenTheSummarySaysWhichIsMissing() {
        assertThatThrownBy(() -> ShardMerge.merge(List.of(shards.get(0), shards.get(2)), tmp.resolve("out"), false))
                .isInstanceOf(CurveballException.class).hasMessage("shard 2/3 missing (given: 1/3, 3/3); pass every shard's run directory,"
                        + " or --allow-partial to merge what there is");
        assertThat(tmp.resolve("out")).doesNotExist();

        MergeResult partial = ShardMerge.merge(List.of(shards.get(0), shards.get(2)), tmp.resolve("partial"), true);

        assertThat(partial.missing()).containsExactly(2);
        assertThat(partial.summary().conversations()).isEqualTo(10);
        assertThat(partial.summary().viewsNotAvailable()).contains(
                "missing shards: 2/3 were not merged (--allow-partial), so 2 of the suite's 7 scenarios were not played");
        assertThat(RunDirectory.open(tmp.resolve("partial")).readManifest().merged().missing()).containsExactly(2);
    }

    @Test
    void aShardGivenTwiceIsRefusedNamingBothDirectories() throws IOException {
        Path copy = copy(shards.get(1), tmp.resolve("copy"));

        assertThatThrownBy(() -> ShardMerge.merge(List.of(shards.get(0), shards.get(1), copy, shards.get(2)), tmp.resolve("out"), false))
                .hasMessage("shard 2/3 given twice: " + shards.get(1) + " and " + copy + "; each shard is merged once");
    }

    @Test
    void shardsOfDifferentRunsAreRefused() {
        Path other = play(tmp.resolve("other-3"), new Shard(3, 3), SEED + 1);
        Path four = play(tmp.resolve("four-1"), new Shard(1, 4), SEED);

        assertThatThrownBy(() -> ShardMerge.merge(List.of(shards.get(0), shards.get(1), other), tmp.resolve("out"), false))
                .hasMessageStartingWith(other + ": not a shard of the same run as " + shards.get(0) + ": its scenario list (suite_fingerprint) is ");
        assertThatThrownBy(() -> ShardMerge.merge(List.of(shards.get(0), four), tmp.resolve("out"), false))
                .hasMessage(four + " is shard 1/4, " + shards.get(0) + " is shard 1/3: cut into a different number of shards, so not shards of one run");
    }

    @Test
    void aRunThatIsNoShardAnUnfinishedShardAndAnOutThatHoldsARunAreRefused() throws IOException {
        assertThatThrownBy(() -> ShardMerge.merge(List.of(single), tmp.resolve("out"), false)).isInstanceOf(CurveballException.class)
                .hasMessage(single + ": not a shard (its manifest.json has no shard); merge joins runs played with --shard I/N");
        Path cut = cutShort(copy(shards.get(1), tmp.resolve("cut")));
        assertThatThrownBy(() -> ShardMerge.merge(List.of(shards.get(0), cut, shards.get(2)), tmp.resolve("out"), false))
                .hasMessage(cut + " (shard 2/3) has not finished: 3 of its 4 conversations played; finish it with: curveball run --resume --out "
                        + cut + " (with the --agent and --world it was played with)");
        assertThatThrownBy(() -> ShardMerge.merge(shards, single, false))
                .satisfies(e -> assertThat(((CurveballException) e).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT))
                .hasMessage("--out: " + single + " already holds a run; choose another --out");
    }

    @Test
    void aShardIsResumedAsTheSameShardAndThenMerges() throws IOException {
        Path cut = cutShort(copy(shards.get(1), tmp.resolve("cut")));

        assertThatThrownBy(() -> play(cut, new Shard(1, 3), SEED, true))
                .hasMessage("--shard: the run in " + cut + " is shard 2/3; resume it with --shard 2/3 or without --shard");
        play(cut, new Shard(2, 3), SEED, true);
        MergeResult again = ShardMerge.merge(List.of(shards.get(0), cut, shards.get(2)), tmp.resolve("again"), false);

        assertThat(conversations(cut.resolve("traces.jsonl"))).hasSize(4).doesNotHaveDuplicates();
        assertThat(Files.readAllLines(tmp.resolve("again/verdicts.jsonl"))).isEqualTo(Files.readAllLines(single.resolve("verdicts.jsonl")));
        assertThat(again.summary()).isEqualTo(result.summary());
        assertThatThrownBy(() -> play(single, new Shard(1, 3), SEED, true))
                .hasMessage("--shard: the run in " + single + " is not a shard; resume it without --shard");
    }

    /** A shard as a crash during a resume leaves it: its last trace line cut in half, the summary of its earlier, interrupted run still there. */
    private static Path cutShort(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("traces.jsonl"));
        String last = lines.remove(lines.size() - 1);
        Files.writeString(dir.resolve("traces.jsonl"), String.join("\n", lines) + "\n" + last.substring(0, last.length() / 2));
        return dir;
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static List<String> conversations(Path traces) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(traces)) {
            JsonNode trace = Json.mapper().readTree(line);
            ids.add(trace.get("scenario_id").asText() + "#" + trace.get("trial").asInt());
        }
        return ids;
    }

    /** Each conversation's trace with its times and latencies blanked, by conversation. */
    private static Map<String, JsonNode> untimed(Path traces) throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        for (String line : Files.readAllLines(traces)) {
            JsonNode trace = Json.mapper().readTree(line);
            trace.get("events").forEach(e -> {
                ((ObjectNode) e).put("at", "-");
                if (e.has("latency_ms")) {
                    ((ObjectNode) e).put("latency_ms", 0);
                }
            });
            byId.put(trace.get("scenario_id").asText() + "#" + trace.get("trial").asInt(), trace);
        }
        return byId;
    }
}
