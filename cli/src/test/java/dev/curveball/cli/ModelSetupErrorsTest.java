package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import dev.curveball.cli.testkit.HttpTestAgent;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.testkit.FakeModelServer;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong model setup, seen from the command line: one line saying what is wrong and how to fix
 * it, exit 2 when the user must fix their setup, 3 when the model cannot be used, never a stack
 * trace, and never the key.
 */
class ModelSetupErrorsTest {
    static final String WORLD = ModelCommandsEndToEndTest.WORLD;
    static final String MODEL = ModelCommandsEndToEndTest.MODEL;

    @TempDir
    Path tmp;

    private CliRun generate(Map<String, String> env, String model, String... extra) {
        List<String> args = new ArrayList<>(List.of("generate", "--world", WORLD, "--count", "2", "--seed", "3",
                "--model", model, "--out", tmp.resolve("s.jsonl").toString()));
        args.addAll(List.of(extra));
        return CliRun.with(env, args.toArray(String[]::new));
    }

    private static void assertOneLine(CliRun run, int exitCode, String... says) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        // A run's progress lines share stderr; the error is the one other line.
        List<String> lines = run.err().lines().filter(l -> !l.matches("\\s+\\d+/\\d+ conversations played.*")).toList();
        assertThat(lines).as(run.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("curveball: ").contains(says);
        assertThat(run.err()).doesNotContain("Exception", "\tat ",
                FakeModelServer.API_KEY);
    }

    @Test
    void aMissingKeyOrABadModelSpecIsBadInput() {
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            Map<String, String> noKey = new HashMap<>(server.env());
            noKey.remove("OPENAI_API_KEY");
            noKey.remove("OPENAI_BASE_URL");
            assertOneLine(generate(noKey, MODEL), 2, "OPENAI_API_KEY is not set");
            noKey.remove("ANTHROPIC_API_KEY");
            assertOneLine(generate(noKey, "anthropic:claude-sonnet-4-6"), 2, "ANTHROPIC_API_KEY is not set");
            assertOneLine(generate(server.env(), "gpt4"), 2, "expected provider:name", "did you mean openai:gpt4?");
            assertOneLine(generate(server.env(), "claude-sonnet-4-6"), 2, "did you mean anthropic:claude-sonnet-4-6?");
            assertOneLine(generate(server.env(), "ollama/llama3.1"), 2, "did you mean ollama:llama3.1?");
            assertOneLine(generate(server.env(), "foo:bar"), 2, "unknown model provider 'foo'");
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void aServerThatRefusesTheKeyOrDoesNotKnowTheModelIsBadInput() {
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            server.failNext(1, 401);
            assertOneLine(generate(server.env(), MODEL), 2, "refused the credentials (HTTP 401)", "check OPENAI_API_KEY");
            server.failNext(1, 404);
            assertOneLine(generate(server.env(), MODEL), 2, "not found (HTTP 404)", "check the model name 'gpt-4o-mini'");
        }
    }

    @Test
    void aModelThatCannotAnswerEndsGenerationWithExitThree() {
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            Map<String, String> nowhere = new HashMap<>(server.env());
            nowhere.put("OPENAI_BASE_URL", "http://127.0.0.1:1/v1");
            assertOneLine(generate(nowhere, MODEL), 3, "cannot connect", "is the server running?");
            server.failNext(1000, 429);
            assertOneLine(generate(server.env(), MODEL), 3, "rate limited (HTTP 429)", "CURVEBALL_MODEL_MAX_RETRIES");
        }
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            server.failNext(1000, 500);
            assertOneLine(generate(server.env(), MODEL), 3, "server error (HTTP 500)");
        }
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            Map<String, String> impatient = new HashMap<>(server.env());
            impatient.put("CURVEBALL_MODEL_TIMEOUT_SECONDS", "0.3");
            server.delayNext(1000, Duration.ofSeconds(2));
            assertOneLine(generate(impatient, MODEL), 3, "no answer within 0.3 s");
        }
        assertThat(tmp.resolve("s.jsonl")).doesNotExist();
    }

    @Test
    void aServerAnsweringSomethingOtherThanTheProvidersJsonIsNotTakenForAModelsReply() {
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            server.garbleNext(1000);
            assertOneLine(generate(server.env(), MODEL), 3, "not OpenAI's JSON", "OPENAI_BASE_URL");
            assertThat(server.requestCount()).isEqualTo(1);
            assertThat(tmp.resolve("s.jsonl")).doesNotExist();
        }
    }

    @Test
    void aModelThatNeverWritesUsableJsonFailsGenerationInsteadOfFallingBackForEveryScenario() {
        try (FakeModelServer server = FakeModelServer.thatAnswers(r -> "Sure! Here is a customer: hello, my order is late.")) {
            CliRun run = CliRun.with(server.env(), "generate", "--world", WORLD, "--count", "20", "--seed", "3",
                    "--model", MODEL, "--out", tmp.resolve("s.jsonl").toString());

            assertOneLine(run, 3, "wrote none of", "not JSON", "without --model");
            // It stops after a few scenarios rather than asking three times for each of the twenty.
            assertThat(server.requestCount()).isLessThanOrEqualTo(9);
            assertThat(tmp.resolve("s.jsonl")).doesNotExist();
        }
        try (FakeModelServer server = FakeModelServer.thatAnswers(r -> "Sure!")) {
            assertOneLine(generate(server.env(), MODEL), 3, "wrote none of the 2 openings");
        }
    }

    @Test
    void aKeyTheServerEchoesIsMaskedEvenInTheStackTrace() {
        try (FakeModelServer server = FakeModelServer.thatAnswers(r -> {
            throw new IllegalStateException("Incorrect API key provided: " + r.header("authorization"));
        })) {
            CliRun run = CliRun.with(server.env(), "--stacktrace", "generate", "--world", WORLD, "--count", "1",
                    "--model", MODEL, "--out", tmp.resolve("s.jsonl").toString());

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).contains("Incorrect API key provided: Bearer ***", "\tat ")
                    .doesNotContain(FakeModelServer.API_KEY);
        }
    }

    @Test
    void aCacheDirectoryThatCannotBeWrittenIsBadInputBeforeAnyCall() throws IOException {
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            Path file = Files.writeString(tmp.resolve("not-a-directory"), "x");
            assertOneLine(generate(server.env(), MODEL, "--model-cache", file.toString()), 2,
                    "--model-cache " + file, "not a writable directory");
            Map<String, String> env = new HashMap<>(server.env());
            env.put("CURVEBALL_CACHE_DIR", file.resolve("sub").toString());
            assertOneLine(generate(env, MODEL), 2, "CURVEBALL_CACHE_DIR", "--no-model-cache");
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void aRunWhoseUsersTheModelCouldNotPlaySaysWhyAndExitsTwoForAWrongKeyThreeOtherwise() throws Exception {
        Path scenarios = tmp.resolve("scenarios.jsonl");
        assertThat(CliRun.of("generate", "--world", WORLD, "--count", "2", "--seed", "4", "--out", scenarios.toString()).exitCode()).isZero();
        try (FakeModelServer refusing = FakeModelServer.thatReplies().failNext(1000, 401);
             FakeModelServer rambling = FakeModelServer.thatAnswers(r -> "Sure! I'd be happy to play the customer.");
             HttpTestAgent agent = HttpTestAgent.start(id -> HttpTestAgent.Behaviour.ANSWER)) {
            for (FakeModelServer server : List.of(refusing, rambling)) {
                Path out = tmp.resolve("run-" + server.requestCount() + "-" + System.nanoTime());
                CliRun run = CliRun.with(server.env(), "run", "--agent", agent.url(), "--world", WORLD,
                        "--scenarios", scenarios.toString(), "--model", MODEL, "--out", out.toString());

                String why = server == refusing ? "refused the credentials (HTTP 401)" : "not JSON";
                assertOneLine(run, server == refusing ? 2 : 3, "the model " + MODEL, "2 conversations", why, out.toString());
                assertThat(Jsonl.read(out.resolve("traces.jsonl"), Trace.class)).hasSize(2).allSatisfy(t ->
                        assertThat(t.eventsOf(ErrorEvent.class).get(0).source()).isEqualTo(ErrorEvent.Source.SIMULATOR));
                assertNoKeyUnder(out);
            }
        }
    }

    private static void assertNoKeyUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).doesNotContain(FakeModelServer.API_KEY);
            }
        }
    }
}
