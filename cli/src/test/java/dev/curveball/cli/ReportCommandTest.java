package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code curveball report RUN} and {@code run --report} from the command line. */
class ReportCommandTest {
    private static final String WORLD = RunCommandEndToEndTest.WORLD;

    @TempDir
    Path tmp;

    @Test
    void runWithReportWritesTheFormatsAskedForAtTheEnd() {
        Path out = tmp.resolve("run");
        CliRun run = CliRun.of("run", "--agent", "naive", "--world", WORLD, "--count", "3", "--seed", "7", "--out", out.toString(),
                "--report", "md,junit");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).endsWith("wrote " + out.resolve("report.md") + "\nwrote " + out.resolve("junit.xml") + "\n");
        assertThat(out.resolve("report.md")).exists();
        assertThat(out.resolve("junit.xml")).exists();
        assertThat(out.resolve("report.html")).doesNotExist();
    }

    @Test
    void reportWritesAllThreeIntoTheRunDirectoryByDefault() {
        Path out = tmp.resolve("run");
        assertThat(CliRun.of("run", "--agent", "careful", "--world", WORLD, "--count", "2", "--out", out.toString()).exitCode()).isZero();

        CliRun report = CliRun.of("report", out.toString());

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).isEqualTo("wrote " + out.resolve("report.html") + "\nwrote " + out.resolve("report.md") + "\nwrote "
                + out.resolve("junit.xml") + "\n");
        assertThat(report.err()).isEmpty();
    }

    @Test
    void anUnknownFormatIsOneLineAndExit2BeforeAnythingIsPlayed() {
        Path out = tmp.resolve("run");
        CliRun report = CliRun.of("report", tmp.toString(), "--format", "html,pdf");
        CliRun run = CliRun.of("run", "--agent", "naive", "--world", WORLD, "--count", "2", "--out", out.toString(), "--report=pdf");

        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.err()).isEqualTo("curveball: --format: unknown report format 'pdf' (expected a comma-separated list of html, md, junit)\n");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: --report: unknown report format 'pdf' (expected a comma-separated list of html, md, junit)\n");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void aMissingRunOrAFolderWithoutOneIsOneLineAndExit2() {
        CliRun missing = CliRun.of("report", tmp.resolve("nope").toString());
        CliRun empty = CliRun.of("report", tmp.toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("curveball: " + tmp.resolve("nope")
                + ": no such run directory; 'curveball run' writes one (under runs/, or its --out)\n");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("curveball: " + tmp + ": not a run directory (no manifest.json)\n");
    }
}
