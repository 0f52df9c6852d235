package dev.curveball.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.generator.GenerationOptions;
import dev.curveball.generator.SuiteGeneration;
import dev.curveball.results.testkit.WordLimitCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check registered only in this module's test {@code META-INF/services} reads its parameters from
 * a scenarios file; a check no module installs, or parameters it does not take, stop the run first.
 */
class ThirdPartyCheckTest {
    private static final World ACME = WorldLoader.load(Path.of("../examples/acme-support"));
    private static final PersonaLibrary PERSONAS = PersonaLibrary.load(Path.of("../personas"));
    private static final String EXPECTATIONS = "\"expectations\":[";

    @TempDir
    Path tmp;

    /** A one-scenario file whose expectations start with {@code expectation} (JSON). */
    private Path scenariosExpecting(String expectation) throws IOException {
        String line = Files.readString(writeGenerated()).lines().findFirst().orElseThrow();
        Path file = tmp.resolve("scenarios.jsonl");
        Files.writeString(file, line.replace(EXPECTATIONS, EXPECTATIONS + expectation + ",") + "\n");
        return file;
    }

    private Path writeGenerated() {
        Path file = tmp.resolve("generated.jsonl");
        dev.curveball.core.io.Jsonl.write(file, SuiteGeneration.generate(ACME, PERSONAS.all(), GenerationOptions.of(1, 7L), Optional.empty()).scenarios());
        return file;
    }

    private RunResult run(Path scenarios) {
        RunRequest request = RunRequest.builder().agent("refunding").world(ACME).worldSource("../examples/acme-support").personas(PERSONAS)
                .scenarios(new ScenarioSource.File(scenarios)).parallel(1).out(tmp.resolve("run")).turnTimeout(Duration.ofSeconds(10)).build();
        return new RunService().run(request, RunListener.SILENT);
    }

    private static Optional<CheckResult> wordLimit(RunResult result) {
        Verdict verdict = result.verdicts().get(0);
        return verdict.checks().stream().filter(c -> c.id().equals(WordLimitCheck.ID)).findFirst();
    }

    @Test
    void judgesEachConversationWithTheParametersTheScenarioGivesIt() throws IOException {
        RunResult strict = run(scenariosExpecting("{\"check\":\"word-limit\",\"with\":{\"max_words\":3}}"));

        assertThat(wordLimit(strict)).hasValueSatisfying(c -> {
            assertThat(c.passed()).isFalse();
            assertThat(c.message()).contains("more than 3 words");
        });
        assertThat(Files.readString(strict.directory().path().resolve("scenarios.jsonl")))
                .contains("{\"check\":\"word-limit\",\"with\":{\"max_words\":3}}");
    }

    @Test
    void passesWhenTheRepliesKeepToTheLimit() throws IOException {
        assertThat(wordLimit(run(scenariosExpecting("{\"check\":\"word-limit\",\"with\":{\"max_words\":50}}"))))
                .hasValueSatisfying(c -> assertThat(c.passed()).isTrue());
    }

    @Test
    void refusesAParameterTheCheckDoesNotTakeBeforePlaying() throws IOException {
        Path scenarios = scenariosExpecting("{\"check\":\"word-limit\",\"with\":{\"max_word\":3}}");

        assertThatThrownBy(() -> run(scenarios))
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT))
                .hasMessage(scenarios + ":1: scenario s0001: expectation word-limit: parameters of check 'word-limit': "
                        + "unknown parameter 'max_word' (did you mean 'max_words'?)");
        assertThat(tmp.resolve("run").resolve("traces.jsonl")).doesNotExist();
    }

    @Test
    void refusesATaskSeedExpectingACheckNoModuleInstallsBeforeGenerating() throws IOException {
        Path world = tmp.resolve("world");
        Files.createDirectories(world);
        for (String file : new String[] {"world.yaml", "data.yaml", "documents.yaml", "tasks.yaml"}) {
            Files.copy(Path.of("../examples/acme-support").resolve(file), world.resolve(file));
        }
        String tasks = Files.readString(world.resolve("tasks.yaml"));
        Files.writeString(world.resolve("tasks.yaml"), tasks.replaceFirst("    expectations:\n",
                "    expectations:\n      - {check: word-limt, with: {max_words: 3}}\n"));
        int line = (int) Files.readString(world.resolve("tasks.yaml")).lines().takeWhile(l -> !l.contains("word-limt")).count() + 1;
        RunRequest request = RunRequest.builder().agent("refunding").world(WorldLoader.load(world)).worldSource(world.toString())
                .personas(PERSONAS).scenarios(new ScenarioSource.Generated(3, 1L)).parallel(1).out(tmp.resolve("run")).build();

        assertThatThrownBy(() -> new RunService().run(request, RunListener.SILENT)).isInstanceOf(CurveballException.class)
                .hasMessageStartingWith(world.resolve("tasks.yaml") + ":" + line + ":10: field 'tasks[")
                .hasMessageEndingWith("].expectations[0]': no installed check implements it: unknown check 'word-limt' (did you mean 'word-limit'?)");
    }

    @Test
    void refusesACheckNoModuleInstallsSuggestingTheNearest() throws IOException {
        Path scenarios = scenariosExpecting("{\"check\":\"word-limt\",\"with\":{\"max_words\":3}}");

        assertThatThrownBy(() -> run(scenarios)).isInstanceOf(CurveballException.class)
                .hasMessage(scenarios + ":1: scenario s0001: expectation word-limt: no installed check implements it: "
                        + "unknown check 'word-limt' (did you mean 'word-limit'?)");
    }
}
