package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code curveball gate RUN}: the demo suite (40 scenarios, seed 7) played by the careful agent and
 * by a placeholder that hands every conversation to a person at once ({@code handing-off}); the
 * minimum and its exit codes; a run that judged nothing; risk-backlog.md against its golden file
 * (regenerate on purpose with {@code -Dgolden.update=true}).
 */
class GateCommandTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    static Path runs;

    @TempDir
    Path tmp;

    @BeforeAll
    static void playTheDemoSuite() {
        for (String agent : List.of("careful", "handing-off")) {
            CliRun run = CliRun.of("run", "--agent", agent, "--world", RunCommandEndToEndTest.WORLD, "--count", "40", "--seed", "7",
                    "--out", runs.resolve(agent).toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
    }

    @Test
    void aPlaceholderThatHandsEverythingOffIsNotProductionReady() {
        CliRun gate = CliRun.of("gate", runs.resolve("handing-off").toString());

        assertThat(gate.exitCode()).as(gate.err()).isEqualTo(1);
        List<String> lines = gate.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("launch gate 1/35: not production-ready (minimum 24: below it, exit 1)");
        assertThat(lines).contains(
                "  high-impact    1/5  2 of 12 judged conversations passed (95% CI 4.7–44.8%); 10 failures hand off a task the agent could resolve",
                "  outcome        0/5  2 of 40 judged conversations passed (95% CI 1.4–16.5%); 38 failures hand off a task the agent could resolve");
    }

    @Test
    void theCarefulAgentKeepsItsScoreForItsJustifiedHandOffs() {
        CliRun gate = CliRun.of("gate", runs.resolve("careful").toString());

        assertThat(gate.exitCode()).as(gate.err()).isZero();
        assertThat(gate.out()).startsWith("launch gate 33/35: close to production-grade, given live monitoring and audit trails (minimum 24: passed)\n")
                .doesNotContain("hand off a task")
                .contains("risk backlog: 15 items (0 high, 7 medium, 8 low), in " + runs.resolve("careful").resolve("risk-backlog.md"));
    }

    @Test
    void exitsOneBelowTheMinimumAndZeroAtIt() {
        String careful = runs.resolve("careful").toString();

        assertThat(CliRun.of("gate", careful, "--min", "33").exitCode()).isZero();
        CliRun above = CliRun.of("gate", careful, "--min", "34");
        assertThat(above.exitCode()).isEqualTo(1);
        assertThat(above.out()).startsWith("launch gate 33/35: close to production-grade, given live monitoring and audit trails (minimum 34: below it, exit 1)\n");
        assertThat(CliRun.of("gate", runs.resolve("handing-off").toString(), "--min", "0").exitCode()).isZero();
    }

    @Test
    void aMinimumOutsideZeroToThirtyFiveIsBadUsage() {
        CliRun high = CliRun.of("gate", runs.resolve("careful").toString(), "--min", "36");
        CliRun negative = CliRun.of("gate", runs.resolve("careful").toString(), "--min", "-1");

        assertThat(high.exitCode()).isEqualTo(2);
        assertThat(high.err()).isEqualTo("curveball: --min: expected 0 to 35, got 36; see 'curveball gate --help'\n");
        assertThat(negative.exitCode()).isEqualTo(2);
    }

    @Test
    void aMissingRunOrBaselineIsBadInput() {
        Path missing = tmp.resolve("nope");

        CliRun run = CliRun.of("gate", missing.toString());
        CliRun baseline = CliRun.of("gate", runs.resolve("careful").toString(), "--baseline", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: " + missing + ": no such run directory; 'curveball run' writes one (under runs/, or its --out)\n");
        assertThat(baseline.exitCode()).isEqualTo(2);
        assertThat(baseline.err()).startsWith("curveball: --baseline: " + missing + ": no such run directory");
    }

    @Test
    void aBaselineNamedButNotComparedKeepsTheCapAndSaysSoInTheBacklog() throws IOException {
        Path run = copy(runs.resolve("careful"));

        CliRun gate = CliRun.of("gate", run.toString(), "--baseline", runs.resolve("handing-off").toString());

        assertThat(gate.exitCode()).isZero();
        assertThat(gate.out()).startsWith("launch gate 33/35: ");
        assertThat(Files.readString(run.resolve("risk-backlog.md"))).contains("**no baseline compared**: baseline " + runs.resolve("handing-off")
                + " was named but not compared: regressions against an earlier run of this agent are invisible");
    }

    @Test
    void aRunThatJudgedNothingIsNotScoredAndExitsOne() throws IOException {
        Path run = copy(runs.resolve("careful"));
        List<String> errors = Files.readAllLines(run.resolve("verdicts.jsonl")).stream()
                .map(l -> l.replace("\"outcome\":\"PASS\"", "\"outcome\":\"ERROR\"")).toList();
        Files.write(run.resolve("verdicts.jsonl"), errors);

        CliRun gate = CliRun.of("gate", run.toString(), "--min", "0");

        assertThat(gate.exitCode()).isEqualTo(1);
        assertThat(gate.out()).startsWith("launch gate not scored: no conversation was judged: " + run + "; exit 1\n")
                .contains("  summary.json recorded 33/35 when the run was judged; the figures above are today's scoring")
                .contains("  high   no conversation judged");
    }

    @Test
    void theRiskBacklogOfTheDemoSuiteMatchesItsGoldenFile() throws IOException {
        Path run = tmp.resolve("careful-demo");
        assertThat(CliRun.of("run", "--agent", "careful", "--world", RunCommandEndToEndTest.WORLD, "--count", "12", "--seed", "7",
                "--out", run.toString()).exitCode()).isZero();

        assertThat(CliRun.of("gate", run.toString()).exitCode()).isZero();

        Path golden = GOLDEN.resolve("risk-backlog.md");
        String actual = Files.readString(run.resolve("risk-backlog.md"), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private Path copy(Path from) throws IOException {
        Path to = tmp.resolve(from.getFileName());
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
