package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's side-by-side report, byte for byte (the output folder masked), as reviewed in
 * {@code src/test/resources/golden/demo-count12-seed7.txt}; regenerate on purpose with
 * {@code -Dgolden.update=true}.
 */
class DemoCommandTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/demo-count12-seed7.txt");

    @TempDir
    Path tmp;

    @Test
    void printsBothAgentsSideBySideWithAnExamplePerFailingCheck() throws Exception {
        Path out = tmp.resolve("demo");

        CliRun run = CliRun.of("demo", "--count", "12", "--seed", "7", "--parallel", "4", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String agent : DemoCommand.AGENTS) {
            assertThat(out.resolve(agent).resolve("summary.json")).exists();
        }
        String report = run.out().replace(out.toString(), "<out>");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, report, StandardCharsets.UTF_8);
        }
        assertThat(report).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
}
