package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code curveball compare} on runs the CLI plays: the careful demo agent as the baseline and the
 * naive one as the change (a significant regression, exit 1), and the other way round (exit 0).
 * The terminal output is compared with {@code src/test/resources/golden/compare/}, the run folders
 * written {@code <careful>} and {@code <naive>} and the latency line (wall-clock times) masked;
 * regenerate on purpose with {@code -Dgolden.update=true}.
 */
class CompareCommandTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/compare");

    @TempDir
    static Path shared;
    static Path naive;
    static Path careful;

    @TempDir
    Path tmp;

    @BeforeAll
    static void playBothDemoAgents() {
        naive = play("naive");
        careful = play("careful");
    }

    private static Path play(String agent) {
        Path out = shared.resolve(agent);
        CliRun run = CliRun.of("run", "--agent", agent, "--world", RunCommandEndToEndTest.WORLD, "--count", "6", "--seed", "7",
                "--parallel", "2", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    @Test
    void aSignificantRegressionExitsOneAndNamesTheChecksThatNewlyFail() throws IOException {
        CliRun compare = CliRun.of("compare", careful.toString(), naive.toString());

        assertThat(compare.exitCode()).as(compare.err()).isEqualTo(1);
        assertThat(compare.err()).isEmpty();
        assertThat(compare.out()).contains("  result     B regressed significantly (McNemar b=6 c=0 p=0.0313 < alpha 0.05)");
        assertGolden("careful-then-naive.txt", masked(compare.out()));
    }

    @Test
    void theSameRunsTheOtherWayRoundAreFixesAndExitZero() {
        CliRun compare = CliRun.of("compare", naive.toString(), careful.toString(), "--verbose");

        assertThat(compare.exitCode()).as(compare.err()).isZero();
        assertThat(compare.out()).contains("  McNemar    b=0 regressed, c=6 fixed, exact p=0.0313")
                .contains("  result     no significant regression (McNemar b=0 c=6 p=0.0313)");
    }

    @Test
    void aRunComparedWithItselfChangesNothing() {
        CliRun compare = CliRun.of("compare", naive.toString(), naive.toString(), "--max-regressions", "0");

        assertThat(compare.exitCode()).as(compare.err()).isZero();
        assertThat(compare.out()).contains("  delta      +0.0 pts").contains("0 regressed, 0 fixed, 0 flaky (not counted), 6 unchanged");
    }

    @Test
    void writesTheFormatsAskedForIntoOut() {
        Path out = tmp.resolve("cmp");
        CliRun compare = CliRun.of("compare", careful.toString(), naive.toString(), "--format", "md,html,junit", "--out", out.toString());

        assertThat(compare.exitCode()).isEqualTo(1);
        assertThat(out.resolve("comparison.md")).content().startsWith("## Curveball compare: regressed");
        assertThat(out.resolve("comparison.html")).content().contains("Content-Security-Policy");
        assertThat(out.resolve("comparison-junit.xml")).content().contains("failures=\"6\"");
        assertThat(compare.out()).contains("  wrote " + out.resolve("comparison-junit.xml"));
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        assertError(CliRun.of("compare", careful.toString(), naive.toString(), "--alpha", "1.5"),
                "curveball: --alpha: 1.5 is outside (0, 1); pass a significance level such as 0.05");
        assertError(CliRun.of("compare", careful.toString(), naive.toString(), "--format", "pdf"),
                "curveball: --format: unknown format 'pdf'; choose md, html or junit (comma-separated)");
        assertError(CliRun.of("compare", careful.toString(), tmp.resolve("nothing").toString()),
                "curveball: RUN_B: " + tmp.resolve("nothing") + ": no such run directory; pass a folder 'curveball run' wrote");
        assertError(CliRun.of("compare", careful.toString(), tmp.toString()),
                "curveball: " + tmp + ": not a run directory (no manifest.json)");
    }

    private static void assertError(CliRun run, String line) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(line + System.lineSeparator());
    }

    private static String masked(String out) {
        return out.replace(careful.toString(), "<careful>").replace(naive.toString(), "<naive>")
                .replaceAll("(?m)^  latency .*$", "  latency    <masked>");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
