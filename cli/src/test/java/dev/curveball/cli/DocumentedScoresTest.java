package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scores the docs quote are the ones the command prints: docs/launch-gate.md shows the naive
 * agent's gate table verbatim, and the README says the naive agent scores 2/35 and the careful one
 * 33/35 on the demo suite (40 scenarios, seed 7).
 */
class DocumentedScoresTest {
    private static final Path DOCS = Path.of("..", "docs");

    @TempDir
    Path tmp;

    @Test
    void theLaunchGatePageQuotesTheNaiveAgentsGateTableAsRunPrintsIt() throws IOException {
        List<String> gate = gateLines("naive");

        assertThat(gate.get(0)).isEqualTo("  launch gate 2/35: not production-ready");
        assertThat(Files.readString(DOCS.resolve("launch-gate.md"))).contains("```\n" + String.join("\n", gate) + "\n```");
    }

    @Test
    void theReadmeGivesTheDemoAgentsScores() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));

        assertThat(gateLines("careful").get(0)).isEqualTo("  launch gate 33/35: close to production-grade, given live monitoring and audit trails");
        assertThat(readme).contains("naive agent scores **2/35**", "the careful one **33/35**");
    }

    /** The gate line and its seven dimension lines, from a run of the demo suite against {@code agent}. */
    private List<String> gateLines(String agent) {
        CliRun run = CliRun.of("run", "--agent", agent, "--world", RunCommandEndToEndTest.WORLD, "--count", "40", "--seed", "7",
                "--out", tmp.resolve(agent).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        int gate = lines.indexOf(lines.stream().filter(l -> l.startsWith("  launch gate ")).findFirst().orElseThrow());
        return lines.subList(gate, gate + 8);
    }
}
