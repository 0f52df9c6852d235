package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import dev.curveball.core.testkit.PersonaFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandErrorsTest {
    static final String WORLD = "../examples/acme-support";

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
    void anUnknownOptionIsOneLineWithTheNearestOption() {
        CliRun run = CliRun.of("generate", "--world", WORLD, "--out", tmp.resolve("s.jsonl").toString(), "--cout", "3");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: unknown option '--cout' (did you mean '--count'?); see 'curveball generate --help'\n");
    }

    @Test
    void anUnknownCommandSuggestsTheOneItBegins() {
        assertThat(CliRun.of("gen").err()).isEqualTo("curveball: unknown command 'gen' (did you mean 'generate'?); see 'curveball --help'\n");
        assertThat(CliRun.of("persona", "list").err())
                .isEqualTo("curveball: unknown command 'persona' (did you mean 'personas'?); see 'curveball --help'\n");
        assertThat(CliRun.of("personas", "lst").err())
                .isEqualTo("curveball: unknown command 'lst' (did you mean 'list'?); see 'curveball personas --help'\n");
        assertThat(CliRun.of("frobnicate").err()).startsWith("curveball: unknown command 'frobnicate'; known: demo, init, generate, run, ");
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void anArgumentNoCommandTakesIsNamed() {
        CliRun run = CliRun.of("schemas", "--out", "x", "extra");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: unexpected argument 'extra'; see 'curveball schemas --help'\n");
    }

    @Test
    void anOptionGivenTwiceIsNamedTheSameWayInOrOutOfAGroup() {
        assertThat(CliRun.of("run", "--agent", "naive", "--world", WORLD, "--count", "2", "--count", "3").err())
                .isEqualTo("curveball: option '--count' should be specified only once; see 'curveball run --help'\n");
        assertThat(CliRun.of("run", "--agent", "naive", "--world", WORLD, "--seed", "2", "--seed", "3").err())
                .isEqualTo("curveball: option '--seed' (S) should be specified only once; see 'curveball run --help'\n");
        assertThat(CliRun.of("help", "nope").err()).isEqualTo("curveball: Unknown subcommand 'nope'; see 'curveball --help'\n");
    }

    @Test
    void aNumberThatIsNotOneSaysWhatWasExpected() {
        assertThat(CliRun.of("generate", "--count", "x").err())
                .isEqualTo("curveball: --count: expected a whole number, got 'x'; see 'curveball generate --help'\n");
        assertThat(CliRun.of("run", "--turn-timeout", "1e3").err())
                .isEqualTo("curveball: --turn-timeout: expected a whole number, got '1e3'; see 'curveball run --help'\n");
        assertThat(CliRun.of("generate", "--count", "99999999999").err())
                .isEqualTo("curveball: --count: 99999999999 is too large (at most 100000); see 'curveball generate --help'\n");
        assertThat(CliRun.of("generate", "--similarity", "high").err())
                .isEqualTo("curveball: --similarity: expected a number, got 'high'; see 'curveball generate --help'\n");
    }

    @Test
    void aPersonaNoTaskCanPlayIsNamedAtTheTemplateThatNeedsTheSlot() throws Exception {
        Path personas = Files.createDirectories(tmp.resolve("personas"));
        Files.writeString(personas.resolve("calm.yaml"), PersonaFiles.valid("calm"));
        Files.writeString(personas.resolve("greedy.yaml"), PersonaFiles.valid("greedy").replace("\"Please.\"", "\"My ${voucher_code}?\""));
        String expected = "curveball: " + personas.resolve("greedy.yaml") + ":8:14: persona 'greedy': its templates use slot(s) voucher_code, "
                + "which no task of world 'acme-support' fills; fix the templates or add the slot to the world's tasks\n";

        CliRun generate = CliRun.of("generate", "--world", WORLD, "--personas", personas.toString(), "--out", tmp.resolve("s.jsonl").toString());
        CliRun run = CliRun.of("run", "--agent", "naive", "--world", WORLD, "--personas", personas.toString(), "--out", tmp.resolve("r").toString());

        assertThat(generate.exitCode()).isEqualTo(2);
        assertThat(generate.err()).isEqualTo(expected);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(expected);
    }

    @Test
    void countAndScenariosCannotBeGivenTogether() {
        CliRun run = CliRun.of("run", "--agent", "naive", "--world", "../examples/acme-support", "--count", "2", "--scenarios", "x.jsonl");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: --scenarios=FILE, --count=N are mutually exclusive (specify only one); "
                + "see 'curveball run --help'\n");
    }

    @Test
    void aNonPositiveParallelismIsRefused() {
        CliRun run = CliRun.of("run", "--agent", "naive", "--world", "../examples/acme-support", "--parallel", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: --parallel: 0 is too small (at least 1); see 'curveball run --help'\n");
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

    @Test
    void resumingNeedsTheRunDirectoryNamed() {
        CliRun run = CliRun.of("run", "--agent", "naive", "--world", WORLD, "--resume");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("curveball: --resume needs --out DIR, the run directory to finish; see 'curveball run --help'\n");
    }

    @Test
    void resumingWithAnotherAgentIsRefused() {
        Path out = tmp.resolve("r");
        assertThat(CliRun.of("run", "--agent", "naive", "--world", WORLD, "--count", "2", "--out", out.toString()).exitCode()).isZero();

        CliRun run = CliRun.of("run", "--agent", "careful", "--world", WORLD, "--out", out.toString(), "--resume");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--agent: the run in " + out + " was played against 'naive'; resume it with --agent naive");
    }

    @Test
    void resumingKeepsTheRunsTrialsAndRefusesOthers() throws Exception {
        Path out = tmp.resolve("r");
        assertThat(CliRun.of("run", "--agent", "naive", "--world", WORLD, "--count", "2", "--trials", "2", "--out", out.toString()).exitCode()).isZero();
        java.util.List<String> lines = Files.readAllLines(out.resolve("traces.jsonl"));
        Files.write(out.resolve("traces.jsonl"), lines.subList(0, 1));

        CliRun wrong = CliRun.of("run", "--agent", "naive", "--world", WORLD, "--out", out.toString(), "--resume", "--trials", "3");
        CliRun resumed = CliRun.of("run", "--agent", "naive", "--world", WORLD, "--out", out.toString(), "--resume");

        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("--trials: the run in " + out + " plays 2 trials per scenario");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("traces.jsonl"))).hasSize(4);
        assertThat(resumed.out()).contains("Played 4 conversations (2 scenarios x 2 trials)");
    }

    @Test
    void aScenarioForAnUnknownUserOrDocumentOrWithABadIdIsBadInput() throws Exception {
        Path suite = tmp.resolve("suite.jsonl");
        assertThat(CliRun.of("generate", "--world", WORLD, "--count", "1", "--out", suite.toString()).exitCode()).isZero();
        String line = Files.readString(suite).trim();
        String userId = line.replaceFirst("(?s)^.*?\"user\":\\{\"id\":\"([^\"]+)\".*$", "$1");

        assertThat(runWith(line.replace("\"id\":\"" + userId + "\"", "\"id\":\"C-9999\"")).err())
                .contains(":1: scenario s0001: user: no customer 'C-9999' in world 'acme-support'");
        assertThat(runWith(line.replace("\"id\":\"s0001\"", "\"id\":\"s 1/../x\"")).err())
                .contains("an id may hold only letters, digits, '.', '_' and '-'");
        assertThat(runWith(line.replace("\"expectations\":[", "\"expectations\":[{\"check\":\"current-document\",\"document\":\"nope\"},")).err())
                .contains("expectation current-document: unknown document 'nope'");
    }

    private CliRun runWith(String scenarioLine) throws Exception {
        Path file = Files.createTempFile(tmp, "suite", ".jsonl");
        Files.writeString(file, scenarioLine + "\n");
        CliRun run = CliRun.of("run", "--agent", "naive", "--world", WORLD, "--scenarios", file.toString(),
                "--out", tmp.resolve("out-" + file.getFileName()).toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        return run;
    }

    @Test
    void theDemoRefusesADirectoryThatHoldsADemo() throws Exception {
        Path out = tmp.resolve("demo");
        Files.createDirectories(out);
        Files.writeString(out.resolve("suite.jsonl"), "");

        CliRun run = CliRun.of("demo", "--out", out.toString(), "--count", "2");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out: " + out + " already holds a demo");
    }
}
