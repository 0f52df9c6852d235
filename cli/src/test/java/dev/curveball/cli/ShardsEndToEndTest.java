package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.cli.testkit.CliRun;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --shard} and {@code merge} from the command: three shards of the careful agent's run,
 * merged, read by report, gate and compare as the run played on one machine; the shard taken from
 * a Kubernetes Indexed Job's environment; and the bad input of both commands.
 */
class ShardsEndToEndTest {
    private static final String WORLD = RunCommandEndToEndTest.WORLD;

    @TempDir
    static Path runs;

    static CliRun merge;

    @BeforeAll
    static void playInThreeShardsAndOnOneMachineThenMerge() {
        assertThat(run(runs.resolve("single")).exitCode()).isZero();
        for (int i = 1; i <= 3; i++) {
            CliRun shard = run(runs.resolve("shard-" + i), "--shard", i + "/3");
            assertThat(shard.exitCode()).as(shard.err()).isZero();
            assertThat(shard.out()).contains("  shard " + i + "/3 of a suite of 5 scenarios; once every shard has played, join them with: "
                    + "curveball merge DIR... --out DIR");
        }
        merge = CliRun.of("merge", dir("shard-2"), dir("shard-3"), dir("shard-1"), "--out", dir("merged"));
    }

    private static CliRun run(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--agent", "careful", "--world", WORLD, "--count", "5", "--seed", "4",
                "--trials", "2", "--parallel", "2", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static String dir(String name) {
        return runs.resolve(name).toString();
    }

    @Test
    void theMergedRunIsTheRunPlayedOnOneMachine() throws IOException {
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(merge.out()).startsWith("Merged 3 of 3 shards into " + dir("merged") + ": 10 conversations (5 scenarios x 2 trials).");
        assertThat(Files.readAllLines(runs.resolve("merged/verdicts.jsonl"))).isEqualTo(Files.readAllLines(runs.resolve("single/verdicts.jsonl")));
        assertThat(Files.readString(runs.resolve("merged/scenarios.jsonl"))).isEqualTo(Files.readString(runs.resolve("single/scenarios.jsonl")));
        assertThat(tree("merged/summary.json")).isEqualTo(tree("single/summary.json"));
        assertThat(Files.readAllLines(runs.resolve("merged/traces.jsonl"))).hasSize(10);
    }

    @Test
    void reportGateAndCompareReadTheMergedRun() {
        CliRun report = CliRun.of("report", dir("merged"), "--format", "md");
        CliRun gate = CliRun.of("gate", dir("merged"));
        CliRun gateSingle = CliRun.of("gate", dir("single"));
        CliRun compare = CliRun.of("compare", dir("single"), dir("merged"));

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(runs.resolve("merged/report.md")).isRegularFile();
        assertThat(gate.exitCode()).as(gate.err()).isEqualTo(gateSingle.exitCode());
        assertThat(gate.out().lines().filter(l -> l.contains("/35"))).isEqualTo(gateSingle.out().lines().filter(l -> l.contains("/35")).toList());
        assertThat(compare.exitCode()).as(compare.out() + compare.err()).isZero();
    }

    @Test
    void autoTakesTheShardFromTheIndexedJobsCompletionIndex() throws IOException {
        CliRun second = CliRun.with(Map.of("JOB_COMPLETION_INDEX", "1"), "run", "--agent", "careful", "--world", WORLD, "--count", "5",
                "--seed", "4", "--trials", "2", "--shard", "auto/3", "--out", dir("auto"));

        assertThat(second.exitCode()).as(second.err()).isZero();
        JsonNode shard = tree("auto/manifest.json").get("shard");
        assertThat(shard.get("index").asInt()).isEqualTo(2);
        assertThat(shard.get("count").asInt()).isEqualTo(3);
        assertThat(shard.get("suite_scenarios").asInt()).isEqualTo(5);
        assertThat(Files.readAllLines(runs.resolve("auto/verdicts.jsonl"))).isEqualTo(Files.readAllLines(runs.resolve("shard-2/verdicts.jsonl")));
    }

    @Test
    void aBadShardIsRefusedNamingTheFlagOrTheVariable() {
        assertBad(shard("2-3", Map.of()), "curveball: --shard: expected I/N, such as 2/3 (the 2nd of 3 shards), or auto/N to take I from "
                + "$JOB_COMPLETION_INDEX, got '2-3'");
        assertBad(shard("0/3", Map.of()), "curveball: --shard 0/3: the index I must be 1 to 3 (shards count from 1), was 0");
        assertBad(shard("4/3", Map.of()), "curveball: --shard 4/3: the index I must be 1 to 3 (shards count from 1), was 4");
        assertBad(shard("1/0", Map.of()), "curveball: --shard 1/0: the count N must be 1 to 1000, was 0");
        assertBad(shard("1/1001", Map.of()), "curveball: --shard 1/1001: the count N must be 1 to 1000, was 1001");
        assertBad(shard("auto/3", Map.of()), "curveball: --shard auto/3: $JOB_COMPLETION_INDEX is not set; a Kubernetes Indexed Job sets it"
                + " in each pod; elsewhere give the index, as in --shard 1/3");
        assertBad(shard("auto/3", Map.of("JOB_COMPLETION_INDEX", "3")), "curveball: --shard auto/3: $JOB_COMPLETION_INDEX is '3', not an index "
                + "from 0 to 2 (does the Job's completions equal N, 3?)");
        assertBad(shard("auto/3", Map.of("JOB_COMPLETION_INDEX", "one")), "curveball: --shard auto/3: $JOB_COMPLETION_INDEX is 'one'");
        assertThat(runs.resolve("bad")).doesNotExist();
    }

    @Test
    void mergeRefusesAMissingShardAndWhatIsNoShard() {
        assertBad(CliRun.of("merge", dir("shard-1"), dir("shard-3"), "--out", dir("two")),
                "curveball: shard 2/3 missing (given: 1/3, 3/3); pass every shard's run directory, or --allow-partial to merge what there is");
        assertBad(CliRun.of("merge", dir("single"), "--out", dir("two")), "curveball: " + dir("single") + ": not a shard");
        assertBad(CliRun.of("merge", dir("nowhere"), "--out", dir("two")), "curveball: " + dir("nowhere") + ": not a run directory");
        assertBad(CliRun.of("merge", dir("shard-1")), "curveball: Missing required option: '--out=DIR'");

        CliRun partial = CliRun.of("merge", dir("shard-1"), dir("shard-3"), "--out", dir("partial"), "--allow-partial");
        assertThat(partial.exitCode()).as(partial.err()).isZero();
        assertThat(partial.out()).contains("  missing: shard 2/3 (--allow-partial); their scenarios were not played");
    }

    @Test
    void aNightlyShardPlaysItsSliceOfTheNightAndLeavesComparingAndGatingToTheMergedNight() throws IOException {
        CliRun night = CliRun.of("nightly", "--agent", "careful", "--world", WORLD, "--count", "4", "--date", "2026-12-04", "--shard", "2/2",
                "--parallel", "2", "--out", dir("night-2"));

        assertThat(night.exitCode()).as(night.err()).isZero();
        List<String> lines = night.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("nightly 2026-12-04 shard 2/2: 2 conversations; pass rate ")
                .endsWith("not compared nor gated: merge the night's shards (curveball merge), then compare and gate the merged run; exit 0");
        assertThat(tree("night-2/manifest.json").get("seed").asLong()).isEqualTo(20261204L);
        assertThat(tree("night-2/manifest.json").get("shard").get("index").asInt()).isEqualTo(2);
        assertThat(runs.resolve("night-2/report.html")).doesNotExist();
        assertThat(runs.resolve("night-2/risk-backlog.md")).doesNotExist();
    }

    private static CliRun shard(String value, Map<String, String> environment) {
        return CliRun.with(environment, "run", "--agent", "careful", "--world", WORLD, "--count", "5", "--shard", value, "--out", dir("bad"));
    }

    private static JsonNode tree(String file) throws IOException {
        return Json.mapper().readTree(runs.resolve(file).toFile());
    }

    private static void assertBad(CliRun run, String firstLine) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElse("")).startsWith(firstLine);
        assertThat(run.err()).doesNotContain("Exception");
    }
}
