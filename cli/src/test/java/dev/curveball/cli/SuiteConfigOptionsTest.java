package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import dev.curveball.core.io.Json;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A suite's curveball.yaml gives generate and run their defaults; flags win; a bad config says where. */
class SuiteConfigOptionsTest {
    @TempDir
    Path suite;

    @BeforeEach
    void scaffold() {
        assertThat(CliRun.in(suite, "init").exitCode()).isZero();
    }

    @Test
    void generateAndRunWorkFromTheConfigAlone() throws IOException {
        CliRun generate = CliRun.in(suite, "generate");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        List<Scenario> scenarios = Jsonl.read(suite.resolve("scenarios.jsonl"), Scenario.class);
        assertThat(scenarios).hasSize(12).allSatisfy(s -> assertThat(s.world()).isEqualTo("pageturner-books"));
        assertThat(scenarios).extracting(Scenario::persona).containsOnly("hurried-texter", "old-policy-quoter");

        CliRun run = CliRun.in(suite, "run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Played 12 conversations (12 scenarios x 1 trial).");
        Path runDir = onlyRunDirectory();
        assertThat(runDir.resolve("traces.jsonl")).isRegularFile();
        List<Verdict> verdicts = Jsonl.read(runDir.resolve("verdicts.jsonl"), Verdict.class);
        assertThat(verdicts).hasSize(12).extracting(Verdict::scenarioId).containsExactlyInAnyOrderElementsOf(
                scenarios.stream().map(Scenario::id).toList());
        assertThat(Json.mapper().readTree(runDir.resolve("manifest.json").toFile()).path("agent").asText()).isEqualTo("starter");
    }

    @Test
    void runGeneratesTheSameScenariosOnTheFlyUntilTheScenariosFileExists() throws IOException {
        CliRun run = CliRun.in(suite, "run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Jsonl.read(onlyRunDirectory().resolve("verdicts.jsonl"), Verdict.class)).hasSize(12);
        CliRun.in(suite, "generate");
        assertThat(onlyRunDirectory().resolve("scenarios.jsonl")).hasSameTextualContentAs(suite.resolve("scenarios.jsonl"));
    }

    /** The suite's README says: delete personas: from curveball.yaml to use the bundled library. */
    @Test
    void theBundledPersonasPlayTheScaffoldedWorldToo() throws IOException {
        Path config = suite.resolve("curveball.yaml");
        Files.writeString(config, Files.readString(config).replaceFirst("\npersonas: [^\n]*", ""));

        CliRun generate = CliRun.in(suite, "generate", "--count", "30");

        assertThat(generate.exitCode()).as(generate.err()).isZero();
        List<Scenario> scenarios = Jsonl.read(suite.resolve("scenarios.jsonl"), Scenario.class);
        assertThat(scenarios).extracting(Scenario::persona).doesNotContain("hurried-texter", "old-policy-quoter")
                .contains("policy-lawyer", "mind-changer", "multi-issue");
        CliRun run = CliRun.in(suite, "run");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void flagsOverrideTheConfigsValues() throws IOException {
        Path other = suite.resolve("other.jsonl");
        CliRun generate = CliRun.in(suite, "generate", "--count", "3", "--seed", "2", "--out", other.toString());
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(Jsonl.read(other, Scenario.class)).hasSize(3);
        assertThat(suite.resolve("scenarios.jsonl")).doesNotExist();
        CliRun.in(suite, "generate");

        Path out = suite.resolve("mine");
        CliRun run = CliRun.in(suite, "run", "--count", "2", "--trials", "2", "--agent", "careful", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Jsonl.read(out.resolve("verdicts.jsonl"), Verdict.class)).hasSize(4);
        assertThat(Json.mapper().readTree(out.resolve("manifest.json").toFile()).path("agent").asText()).isEqualTo("careful");
        assertThat(suite.resolve("runs")).doesNotExist();
    }

    @Test
    void configGivenWithTheOptionIsReadFromAnyFolderBeforeOrAfterTheCommand() {
        Path elsewhere = suite.resolve("elsewhere");
        String config = suite.resolve("curveball.yaml").toString();

        assertThat(CliRun.in(elsewhere, "--config", config, "generate").exitCode()).isZero();
        CliRun run = CliRun.in(elsewhere, "run", "--config", config, "--count", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(suite.resolve("scenarios.jsonl")).isRegularFile();
        assertThat(suite.resolve("runs")).isDirectory();
    }

    @Test
    void aTypoInTheConfigGivesItsLineAndExitsTwo() throws IOException {
        Path config = suite.resolve("curveball.yaml");
        Files.writeString(config, Files.readString(config).replace("\nseed: 7", "\nsede: 7"));

        CliRun run = CliRun.in(suite, "run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("curveball: " + config + ":8:1: unknown field 'sede' (did you mean 'seed'?)");
        assertThat(CliRun.in(suite, "run", "--help").exitCode()).isZero();
    }

    @Test
    void aMissingConfigNamedByTheOptionIsAnError() {
        CliRun run = CliRun.in(suite, "--config", suite.resolve("nope.yaml").toString(), "generate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("curveball: --config: " + suite.resolve("nope.yaml") + ": file not found");
    }

    @Test
    void aConfigFolderThatIsNotThereIsNamedWhereTheConfigSetsIt() throws IOException {
        Path config = suite.resolve("curveball.yaml");
        String text = Files.readString(config);
        Files.writeString(config, text.replace("\nworld: world ", "\nworld: wrld  "));

        CliRun generate = CliRun.in(suite, "generate");

        assertThat(generate.exitCode()).isEqualTo(2);
        assertThat(generate.err()).isEqualTo("curveball: " + config + ":4:1: field 'world': " + suite.resolve("wrld")
                + " is not a world directory (expected a folder holding world.yaml)\n");
        assertThat(CliRun.in(suite, "generate", "--world", suite.resolve("world").toString()).exitCode()).isZero();

        Files.writeString(config, text.replace("\npersonas: personas ", "\npersonas: people   "));
        assertThat(CliRun.in(suite, "run").err()).isEqualTo("curveball: " + config + ":5:1: field 'personas': " + suite.resolve("people")
                + " is not a directory (expected a folder of persona .yaml files)\n");
    }

    @Test
    void aConfigOptionNamingAFolderSaysSo() {
        CliRun run = CliRun.in(suite, "--config", suite.resolve("world").toString(), "generate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("curveball: --config: " + suite.resolve("world") + " is a directory; expected a "
                + "curveball.yaml file");
    }

    @Test
    void withoutAConfigTheRequiredOptionsAreStillRequired() {
        CliRun generate = CliRun.in(suite.resolve("empty"), "generate");

        assertThat(generate.exitCode()).isEqualTo(2);
        assertThat(generate.err()).contains("Missing required options: '--world=DIR', '--out=FILE'");
    }

    private Path onlyRunDirectory() throws IOException {
        try (Stream<Path> runs = Files.list(suite.resolve("runs"))) {
            List<Path> all = runs.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }
}
