package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import dev.curveball.cli.testkit.HttpTestAgent;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.testkit.FakeModelServer;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --model gemini:...} set up wrong or served badly, from the command line through the real
 * Gemini client: one line saying what is wrong, exit 2 for the user's setup, 3 for the service, and
 * the key (sent as {@code x-goog-api-key}) in no output, not even a stack trace.
 */
class GeminiSetupErrorsTest {
    static final String WORLD = ModelCommandsEndToEndTest.WORLD;
    static final String PERSONAS = ModelCommandsEndToEndTest.PERSONAS;
    static final String MODEL = "gemini:gemini-2.0-flash";

    @TempDir
    Path tmp;

    private CliRun generate(Map<String, String> env, String... extra) {
        List<String> args = new ArrayList<>(List.of("generate", "--world", WORLD, "--personas", PERSONAS, "--count", "2",
                "--seed", "3", "--model", MODEL, "--out", tmp.resolve("s.jsonl").toString()));
        args.addAll(List.of(extra));
        return CliRun.with(env, args.toArray(String[]::new));
    }

    private static void assertNoKey(CliRun run) {
        assertThat(run.out() + run.err()).doesNotContain(FakeModelServer.GEMINI_API_KEY)
                .doesNotContain(FakeModelServer.GEMINI_API_KEY.substring(8, 24));
    }

    @Test
    void withoutGeminiApiKeyTheCommandSaysWhichVariableToSetAndExitsTwo() {
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            Map<String, String> env = new HashMap<>(server.env());
            env.remove("GEMINI_API_KEY");

            CliRun run = generate(env);

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("curveball: gemini:gemini-2.0-flash: GEMINI_API_KEY is not set; "
                    + "export your Google AI Studio (Gemini) API key\n");
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void aRefusedKeyThatTheServerEchoesIsBadInputAndMaskedEvenInTheStackTrace() {
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            server.failNext(1, 401, "API key " + FakeModelServer.GEMINI_API_KEY + " is invalid");

            CliRun run = generate(server.env(), "--stacktrace");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("curveball: gemini:gemini-2.0-flash at " + server.geminiBaseUrl()
                    + " (scenario writer (s0001)): the server refused the credentials (HTTP 401): API key *** is invalid; "
                    + "check GEMINI_API_KEY\n").contains("\tat ");
            assertNoKey(run);
        }
    }

    @Test
    void aRunWhoseUsersGeminiRefusedToPlayWritesTheKeyNowhere() throws Exception {
        Path scenarios = tmp.resolve("scenarios.jsonl");
        assertThat(CliRun.of("generate", "--world", WORLD, "--count", "2", "--seed", "4", "--out", scenarios.toString()).exitCode()).isZero();
        try (FakeModelServer server = FakeModelServer.thatReplies()
                .failNext(1000, 401, "API key " + FakeModelServer.GEMINI_API_KEY + " is invalid");
             HttpTestAgent agent = HttpTestAgent.start(id -> HttpTestAgent.Behaviour.ANSWER)) {
            Path out = tmp.resolve("run");
            CliRun run = CliRun.with(server.env(), "run", "--agent", agent.url(), "--world", WORLD,
                    "--scenarios", scenarios.toString(), "--model", MODEL, "--out", out.toString());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains("refused the credentials (HTTP 401): API key *** is invalid", "check GEMINI_API_KEY");
            assertNoKey(run);
            assertThat(Jsonl.read(out.resolve("traces.jsonl"), Trace.class)).hasSize(2).allSatisfy(t ->
                    assertThat(t.eventsOf(ErrorEvent.class).get(0).message()).contains("API key *** is invalid"));
            try (Stream<Path> files = Files.walk(out)) {
                assertThat(files.filter(Files::isRegularFile).toList()).isNotEmpty().allSatisfy(file ->
                        assertThat(Files.readString(file)).doesNotContain(FakeModelServer.GEMINI_API_KEY.substring(8, 24)));
            }
        }
    }

    @Test
    void aRateLimitAnsweredWithRetryAfterIsRetriedAndTheSuiteIsWritten() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(ModelCommandsEndToEndTest::goodOpening)) {
            server.failNext(1, 429, "Resource has been exhausted (e.g. check quota).");
            Map<String, String> env = new HashMap<>(server.env());
            env.put("CURVEBALL_MODEL_MAX_RETRIES", "1");

            CliRun run = generate(env);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(Jsonl.read(tmp.resolve("s.jsonl"), Scenario.class)).hasSize(2)
                    .allSatisfy(s -> assertThat(s.opening()).isIn(ModelCommandsEndToEndTest.OPENINGS));
            // The client retried the refused call itself: one request of the command's, two HTTP calls.
            assertThat(run.out()).contains("model gemini:gemini-2.0-flash: " + (server.requestCount() - 1)
                    + " requests, 0 answered from the cache, 0 failed; tokens ");
            assertThat(server.requests().get(1).body()).isEqualTo(server.requests().get(0).body());
            assertNoKey(run);
        }
    }

    @Test
    void aRateLimitThatLastsEndsGenerationWithExitThree() {
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            server.failNext(1000, 429, "Resource has been exhausted (e.g. check quota).");

            CliRun run = generate(server.env());

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).isEqualTo("curveball: gemini:gemini-2.0-flash at " + server.geminiBaseUrl()
                    + " (scenario writer (s0001)): rate limited (HTTP 429) after 1 attempt: Resource has been exhausted "
                    + "(e.g. check quota).; wait, lower --model-rpm or --model-concurrency, or raise --max-retries "
                    + "(CURVEBALL_MODEL_MAX_RETRIES) or --retry-max-time\n");
            assertThat(tmp.resolve("s.jsonl")).doesNotExist();
        }
    }

    @Test
    void anAnswerThatIsNotGeminisJsonEndsGenerationWithExitThreeNamingTheBaseUrl() {
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            server.garbleNext(1000);

            CliRun run = generate(server.env());

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).startsWith("curveball: gemini:gemini-2.0-flash at " + server.geminiBaseUrl()
                    + " (scenario writer (s0001)): the server's answer is not Gemini's JSON after 1 attempt (")
                    .endsWith("); is GEMINI_BASE_URL the address of the API (usually ending in /v1beta)?\n")
                    .doesNotContain("\tat ");
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void anAnswerWithoutCandidatesIsTheServicesFaultNotAnInternalError() {
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            server.answerNext(1000, 200, "{\"promptFeedback\": {\"blockReason\": \"SAFETY\"}, \"candidates\": []}");

            CliRun run = generate(server.env());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
            assertThat(run.err()).contains("unusable reply: the client could not read it", "such as a candidate or its usage")
                    .doesNotContain("internal error", "\tat ");
        }
    }
}
