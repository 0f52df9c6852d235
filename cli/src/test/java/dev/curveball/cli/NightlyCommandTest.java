package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.cli.testkit.CliRun;
import dev.curveball.cli.testkit.MisbehavingHttpAgent;
import dev.curveball.cli.testkit.MisbehavingHttpAgent.Answer;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code curveball nightly} end to end: a golden folder exported from the naive agent's failures,
 * a first night against the careful agent, a second against the naive one, which the nightly
 * compares with the first (the newest earlier run beside it) and fails; and its bad input.
 */
class NightlyCommandTest {
    @TempDir
    static Path suite;

    static CliRun first;
    static CliRun second;

    @BeforeAll
    static void playTwoNights() throws IOException {
        CliRun naive = CliRun.of("run", "--agent", "naive", "--world", RunCommandEndToEndTest.WORLD, "--count", "6", "--seed", "3",
                "--out", suite.resolve("naive").toString());
        assertThat(naive.exitCode()).as(naive.err()).isZero();
        CliRun export = CliRun.of("golden", "export", suite.resolve("naive").toString(), "--to", suite.resolve("golden").toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        first = nightly("careful", "2026-12-03");
        second = nightly("naive", "2026-12-04");
    }

    private static CliRun nightly(String agent, String date) throws IOException {
        Files.writeString(suite.resolve("curveball.yaml"), "world: " + Path.of(RunCommandEndToEndTest.WORLD).toAbsolutePath() + "\n"
                + "agent: " + agent + "\ncount: 6\nparallel: 2\nout: runs\nseed: 99\n"
                + "nightly:\n  golden: golden\n  min_gate: 24\n");
        return CliRun.of("nightly", "--config", suite.resolve("curveball.yaml").toString(), "--date", date);
    }

    @Test
    void aGoodNightWithNoBaselineExitsZeroAndSaysSoLast() {
        assertThat(first.exitCode()).as(first.err()).isZero();
        List<String> lines = first.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("nightly 2026-12-03: ").contains("(6 fresh scenarios, ")
                .contains("golden cases); pass rate ").contains("no baseline compared").endsWith("exit 0");
        assertThat(first.out()).contains("launch gate ").contains("risk backlog: ");
    }

    @Test
    void eachNightIsSeededWithItsDateAndPlaysTheGoldenSetBesideTheFreshScenarios() throws IOException {
        JsonNode manifest = Json.mapper().readTree(suite.resolve("runs/nightly-2026-12-03/manifest.json").toFile());

        assertThat(manifest.get("seed").asLong()).isEqualTo(20261203L);
        assertThat(manifest.get("scenario_source").asText()).isEqualTo("generated+golden:" + suite.resolve("golden"));
        List<String> ids = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(suite.resolve("runs/nightly-2026-12-03/scenarios.jsonl"))) {
            ids.add(Json.mapper().readTree(line).get("id").asText());
        }
        assertThat(ids).contains("s0001", "s0006", "g0001");
    }

    @Test
    void writesTheReportsTheComparisonAndTheRiskBacklog() {
        Path night = suite.resolve("runs/nightly-2026-12-04");
        for (String file : List.of("report.html", "report.md", "junit.xml", "risk-backlog.md", "comparison.md", "comparison.html",
                "comparison-junit.xml")) {
            assertThat(night.resolve(file)).as(file).isRegularFile();
        }
        assertThat(suite.resolve("runs/nightly-2026-12-03/comparison.md")).doesNotExist();
    }

    @Test
    void aNightThatRegressesAgainstTheLatestRunExitsOne() {
        assertThat(second.exitCode()).as(second.out() + second.err()).isEqualTo(1);
        assertThat(second.out()).contains("Against the baseline " + suite.resolve("runs/nightly-2026-12-03").toAbsolutePath());
        List<String> lines = second.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("nightly 2026-12-04: ")
                .contains("vs " + suite.resolve("runs/nightly-2026-12-03").toAbsolutePath() + ": B regressed significantly")
                .endsWith("exit 1: regressed, gate below its minimum");
    }

    @Test
    void noBaselineAndALowMinimumPassTheSameNight() {
        CliRun again = CliRun.of("nightly", "--config", suite.resolve("curveball.yaml").toString(), "--date", "2026-12-04",
                "--baseline", "none", "--min", "0", "--out", suite.resolve("again").toString(), "--report", "md");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(suite.resolve("again/report.md")).isRegularFile();
        assertThat(suite.resolve("again/report.html")).doesNotExist();
    }

    @Test
    void aNightWhoseAgentAnswersNoJsonExitsThreeAndSaysSoOnItsSummaryLine() throws Exception {
        try (MisbehavingHttpAgent agent = MisbehavingHttpAgent.answering(id -> Answer.of(200, "hello there"))) {
            CliRun broken = CliRun.of("nightly", "--config", suite.resolve("curveball.yaml").toString(), "--agent", agent.url(),
                    "--baseline", "none", "--out", suite.resolve("broken").toString());

            assertThat(broken.exitCode()).as(broken.err()).isEqualTo(3);
            List<String> lines = broken.out().lines().toList();
            assertThat(lines.get(lines.size() - 1)).contains("gate not scored")
                    .endsWith("exit 3: the run itself failed, as the last line of stderr says, gate below its minimum");
            assertThat(broken.err()).contains("so nothing was judged: exit 3");
            assertThat(suite.resolve("broken/report.html")).isRegularFile();
            assertThat(suite.resolve("broken/risk-backlog.md")).isRegularFile();
        }
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        String config = suite.resolve("curveball.yaml").toString();
        assertBad(CliRun.of("nightly", "--config", config, "--date", "04/12/2026"), "curveball: --date: expected a date as YYYY-MM-DD, got '04/12/2026'");
        assertBad(CliRun.of("nightly", "--config", config, "--golden", suite.resolve("nowhere").toString()),
                "curveball: --golden: " + suite.resolve("nowhere") + ": no such folder (curveball golden export --to DIR writes one)");
        assertBad(CliRun.of("nightly", "--config", config, "--min", "36"), "curveball: --min: expected 0 to 35, got 36");
        assertBad(CliRun.of("nightly", "--config", config, "--scenarios", config),
                "curveball: --scenarios: nightly generates fresh scenarios every night; pass the golden folder with --golden");
        assertBad(CliRun.of("nightly", "--config", config, "--baseline", suite.resolve("golden").toString(), "--out", suite.resolve("b").toString()),
                "curveball: " + suite.resolve("golden") + ": not a run directory (no manifest.json)");
    }

    private static void assertBad(CliRun run, String firstLine) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElse("")).startsWith(firstLine);
        assertThat(run.err()).doesNotContain("Exception");
    }
}
