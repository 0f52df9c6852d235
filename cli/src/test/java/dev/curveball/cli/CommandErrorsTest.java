package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandErrorsTest {
    @TempDir
    Path tmp;

    @Test
    void anUnknownAgentNameIsBadInputWithASuggestion() {
        CliRun run = CliRun.of("run", "--agent", "carefull", "--world", "../examples/acme-support", "--count", "1",
                "--out", tmp.resolve("r").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown agent 'carefull' (did you mean 'careful'?)").doesNotContain("Exception");
    }

    @Test
    void aMissingWorldDirectoryNamesTheFlag() {
        CliRun run = CliRun.of("run", "--agent", "naive", "--world", tmp.resolve("nowhere").toString(), "--count", "1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("curveball: " + tmp.resolve("nowhere") + ": not a world directory");
    }

    @Test
    void aBrokenWorldFileIsOneLocatedLine() throws Exception {
        Path world = tmp.resolve("world");
        Files.createDirectories(world);
        Files.writeString(world.resolve("world.yaml"), "name: broken\ntodya: 2026-11-26\n");

        CliRun run = CliRun.of("run", "--agent", "naive", "--world", world.toString(), "--count", "1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElseThrow())
                .isEqualTo("curveball: " + world.resolve("world.yaml") + ":2:1: unknown field 'todya' (did you mean 'today'?)");
    }

    @Test
    void countAndScenariosCannotBeGivenTogether() {
        CliRun run = CliRun.of("run", "--agent", "naive", "--world", "../examples/acme-support", "--count", "2", "--scenarios", "x.jsonl");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("mutually exclusive");
    }

    @Test
    void aNonPositiveParallelismIsRefused() {
        CliRun run = CliRun.of("run", "--agent", "naive", "--world", "../examples/acme-support", "--parallel", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--parallel must be a positive number, was 0");
    }

    @Test
    void aScenarioFileForAnUnknownPersonaNamesFileAndLine() throws Exception {
        Path suite = tmp.resolve("suite.jsonl");
        CliRun generated = CliRun.of("generate", "--world", "../examples/acme-support", "--count", "2", "--out", suite.toString());
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        String text = Files.readString(suite);
        String firstPersona = text.replaceFirst("(?s)^.*?\"persona\":\"([^\"]+)\".*$", "$1");
        Files.writeString(suite, text.replaceFirst("\"persona\":\"" + firstPersona + "\"", "\"persona\":\"nobody\""));

        CliRun run = CliRun.of("run", "--agent", "naive", "--world", "../examples/acme-support", "--scenarios", suite.toString(),
                "--out", tmp.resolve("r").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("curveball: " + suite + ":1: scenario s0001: unknown persona 'nobody'");
    }

    @Test
    void refusesToOverwriteAnExistingRun() throws Exception {
        Path out = tmp.resolve("r");
        Files.createDirectories(out);
        Files.writeString(out.resolve("manifest.json"), "{}");

        CliRun run = CliRun.of("run", "--agent", "naive", "--world", "../examples/acme-support", "--count", "1", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("already holds a run; pass --resume");
    }
}
