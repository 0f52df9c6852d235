package dev.curveball.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.Json;
import dev.curveball.core.model.ModelClient;
import dev.curveball.core.model.ModelFailure;
import dev.curveball.core.model.ModelRequest;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.testkit.ScriptedModelClient;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunServiceModelTest {
    private static final World ACME = WorldLoader.load(Path.of("../examples/acme-support"));
    private static final PersonaLibrary PERSONAS = PersonaLibrary.load(Path.of("../personas"));
    private static final Pattern HIDDEN = Pattern.compile(": ([^\\n]+?) \\(say it only when");

    @TempDir
    Path tmp;

    /** Unlike each other; a writer asked to avoid one (near-duplicate control) answers the next. */
    private static final List<String> OPENINGS = List.of("Hello, I need some help with something I bought.",
            "Good morning, there is a problem with one of my orders.", "Hi there, quick question about a purchase of mine.",
            "Evening! Something went wrong after my delivery arrived.", "Hey, can you look into an order for me?");

    /** Writes openings whose brief names every hidden fact, and plays users that are satisfied at once. */
    static String answer(ModelRequest request) {
        if (request.purpose().startsWith("scenario writer")) {
            StringBuilder brief = new StringBuilder("You are a customer who wants help with an order, warm but firm, "
                    + "and you stop once the agent has done it.");
            Matcher facts = HIDDEN.matcher(request.messages().get(0).text());
            while (facts.find()) {
                brief.append(" You know: ").append(facts.group(1)).append('.');
            }
            String prompt = letters(request.messages().get(0).text());
            String opening = OPENINGS.stream().filter(o -> !prompt.contains(letters(o))).findFirst().orElseThrow();
            return Json.write(Map.of("opening", opening, "brief", brief.toString()));
        }
        return Json.write(Map.of("message", "Thank you!", "stop", "goal_met"));
    }

    /** The avoided openings in a prompt carry the persona's noise (case, punctuation); compare the words. */
    private static String letters(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z ]", "");
    }

    private RunResult run(Path out, ModelClient model, boolean resume) {
        RunRequest request = RunRequest.builder().agent("refunding").world(ACME).worldSource("examples/acme-support").personas(PERSONAS)
                .scenarios(new ScenarioSource.Generated(3, 7L)).parallel(2).out(out).resume(resume).turnTimeout(Duration.ofSeconds(10))
                .model(model).build();
        return new RunService().run(request, RunListener.SILENT);
    }

    @Test
    void aModelWritesTheScenariosPlaysTheUsersAndIsRecordedInTheManifest() throws Exception {
        ScriptedModelClient model = ScriptedModelClient.thatAnswers(RunServiceModelTest::answer);

        RunResult result = run(tmp.resolve("run"), model, false);

        assertThat(result.scenarios()).allSatisfy(s -> assertThat(s.brief()).startsWith("You are a customer"));
        assertThat(result.traces()).allSatisfy(t -> assertThat(t.end().orElseThrow().reason()).isEqualTo(EndReason.GOAL_MET));
        Manifest manifest = result.directory().readManifest();
        assertThat(manifest.userSimulator()).isEqualTo("openai:scripted");
        assertThat(manifest.openingWriter()).isEqualTo("openai:scripted");
        assertThat(manifest.models()).containsExactly("openai:scripted");
        assertThat(manifest.viewsNotAvailable()).isEqualTo(RunService.MODEL_BLIND_SPOTS);
        assertThat(result.summary().viewsNotAvailable()).noneMatch(v -> v.startsWith("model-driven users"));
        assertThat(Files.readString(result.directory().manifest())).contains("\"user_simulator\" : \"openai:scripted\"");
    }

    @Test
    void aModelThatWritesNoUsableOpeningFailsTheRunBeforeAnyConversation() {
        Path out = tmp.resolve("run");

        assertThatThrownBy(() -> run(out, ScriptedModelClient.thatAnswers(request -> "Sure, here you go!"), false))
                .isInstanceOf(ModelFailure.class).hasMessageContaining("wrote none of");
        assertThat(out.resolve("traces.jsonl")).doesNotExist();
    }

    @Test
    void anOfflineRunSaysTheScriptedSimulatorAndTheTemplatesPlayedAndWrote() {
        Manifest manifest = run(tmp.resolve("run"), null, false).directory().readManifest();

        assertThat(manifest.userSimulator()).isEqualTo("scripted");
        assertThat(manifest.openingWriter()).isEqualTo("template");
        assertThat(manifest.models()).isEmpty();
        assertThat(manifest.viewsNotAvailable()).isEqualTo(RunService.OFFLINE_BLIND_SPOTS);
    }

    @Test
    void aRunIsResumedWithTheUsersItStartedWith() {
        Path out = tmp.resolve("run");
        run(out, null, false);

        assertThatThrownBy(() -> run(out, ScriptedModelClient.thatAnswers(RunServiceModelTest::answer), true))
                .isInstanceOf(CurveballException.class)
                .hasMessage("--model: the run in " + out + " was played by the 'scripted' user simulator, not 'openai:scripted'; "
                        + "resume it without --model");
    }
}
