package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.cli.testkit.CliRun;
import dev.curveball.cli.testkit.HttpTestAgent;
import dev.curveball.core.io.Json;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.testkit.FakeModelServer;
import dev.curveball.core.testkit.RecordedRequest;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * generate and run with --model for every provider path, from the command line through the real
 * LangChain4j client: Anthropic's Messages API, Gemini's generateContent, and Ollama, vLLM and LM
 * Studio through their OpenAI-compatible API over plain HTTP/1.1.
 */
class ModelProvidersEndToEndTest {
    static final String WORLD = ModelCommandsEndToEndTest.WORLD;
    static final String PERSONAS = ModelCommandsEndToEndTest.PERSONAS;

    @TempDir
    Path tmp;

    /** Tells the scenario writer from the simulated user by the prompt, since both protocols may carry a system text. */
    static String writerOrUser(RecordedRequest request) {
        return request.texts("user").get(0).contains("You write test users")
                ? ModelCommandsEndToEndTest.goodOpening(request) : ModelCommandsEndToEndTest.userThatGivesUp(request);
    }

    @Test
    void anthropicWritesTheScenariosAndPlaysTheUsersThroughTheMessagesApi() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(ModelProvidersEndToEndTest::writerOrUser);
             HttpTestAgent agent = HttpTestAgent.start(id -> HttpTestAgent.Behaviour.ANSWER)) {
            Path out = tmp.resolve("run");
            CliRun run = CliRun.with(server.env(), "run", "--agent", agent.url(), "--world", WORLD, "--personas", PERSONAS,
                    "--count", "2", "--seed", "5", "--model", "anthropic:claude-sonnet-4-6", "--out", out.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(server.requests()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.path()).isEqualTo("/v1/messages");
                assertThat(r.model()).isEqualTo("claude-sonnet-4-6");
                assertThat(r.header("x-api-key")).isEqualTo(FakeModelServer.API_KEY);
                assertThat(r.header("anthropic-version")).isNotBlank();
                assertThat(r.header("upgrade")).isNull();
                assertThat(r.systemText()).contains("JSON Schema");
            });
            assertThat(Jsonl.read(out.resolve("scenarios.jsonl"), Scenario.class))
                    .allSatisfy(s -> assertThat(s.opening()).isIn(ModelCommandsEndToEndTest.OPENINGS));
            assertThat(Jsonl.read(out.resolve("traces.jsonl"), Trace.class))
                    .hasSize(2).allSatisfy(t -> assertThat(t.end().orElseThrow().reason()).isEqualTo(EndReason.GAVE_UP));
            var manifest = Json.mapper().readTree(Files.readString(out.resolve("manifest.json")));
            assertThat(manifest.path("user_simulator").asText()).isEqualTo("anthropic:claude-sonnet-4-6");
            assertThat(manifest.path("opening_writer").asText()).isEqualTo("anthropic:claude-sonnet-4-6");
            assertThat(run.out()).contains("model anthropic:claude-sonnet-4-6: " + server.requestCount() + " requests");
            assertNoKeyUnder(out);
            assertNoKeyUnder(server.cacheDir());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ollama", "vllm", "lmstudio"})
    void aLocalServerIsReachedOverHttp11WithoutOpenAisKey(String provider) throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(ModelProvidersEndToEndTest::writerOrUser)) {
            Path out = tmp.resolve("scenarios.jsonl");
            CliRun run = CliRun.with(server.env(), "generate", "--world", WORLD, "--personas", PERSONAS, "--count", "2",
                    "--seed", "11", "--model", provider + ":llama3.1", "--out", out.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(server.requests()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.path()).isEqualTo("/v1/chat/completions");
                assertThat(r.model()).isEqualTo("llama3.1");
                assertThat(r.header("authorization")).isNull();
                assertThat(r.header("upgrade")).isNull();
                assertThat(r.header("http2-settings")).isNull();
                assertThat(r.body().path("response_format").path("type").asText()).isEqualTo("json_schema");
            });
            assertThat(Jsonl.read(out, Scenario.class)).hasSize(2)
                    .allSatisfy(s -> assertThat(s.opening()).isIn(ModelCommandsEndToEndTest.OPENINGS));
            assertThat(run.out()).contains("(seed 11, openings by " + provider + ":llama3.1)", "model " + provider + ":llama3.1: ");
        }
    }

    @Test
    void aLocalServerPlaysTheUsersOfARun() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(ModelProvidersEndToEndTest::writerOrUser);
             HttpTestAgent agent = HttpTestAgent.start(id -> HttpTestAgent.Behaviour.ANSWER)) {
            Path out = tmp.resolve("run");
            CliRun run = CliRun.with(server.env(), "run", "--agent", agent.url(), "--world", WORLD, "--personas", PERSONAS,
                    "--count", "2", "--seed", "5", "--model", "vllm:qwen2.5", "--out", out.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(Jsonl.read(out.resolve("traces.jsonl"), Trace.class))
                    .hasSize(2).allSatisfy(t -> assertThat(t.end().orElseThrow().reason()).isEqualTo(EndReason.GAVE_UP));
            assertThat(server.requests()).allSatisfy(r -> assertThat(r.header("authorization")).isNull());
            assertThat(Json.mapper().readTree(Files.readString(out.resolve("manifest.json"))).path("user_simulator").asText())
                    .isEqualTo("vllm:qwen2.5");
        }
    }

    @Test
    void geminiWritesTheScenariosAndPlaysTheUsersThroughGenerateContent() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(ModelProvidersEndToEndTest::writerOrUser);
             HttpTestAgent agent = HttpTestAgent.start(id -> HttpTestAgent.Behaviour.ANSWER)) {
            Path out = tmp.resolve("run");
            CliRun run = CliRun.with(server.env(), "run", "--agent", agent.url(), "--world", WORLD, "--personas", PERSONAS,
                    "--count", "2", "--seed", "5", "--model", "gemini:gemini-2.0-flash", "--out", out.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(server.requests()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.path()).isEqualTo("/v1beta/models/gemini-2.0-flash:generateContent");
                assertThat(r.query()).isNull();
                assertThat(r.header("x-goog-api-key")).isEqualTo(FakeModelServer.GEMINI_API_KEY);
                assertThat(r.header("authorization")).isNull();
                assertThat(r.header("upgrade")).isNull();
                assertThat(r.body().path("generationConfig").path("responseMimeType").asText()).isEqualTo("application/json");
                assertThat(r.body().path("generationConfig").path("responseJsonSchema").path("type").asText()).isEqualTo("object");
            });
            assertThat(Jsonl.read(out.resolve("scenarios.jsonl"), Scenario.class))
                    .allSatisfy(s -> assertThat(s.opening()).isIn(ModelCommandsEndToEndTest.OPENINGS));
            assertThat(Jsonl.read(out.resolve("traces.jsonl"), Trace.class))
                    .hasSize(2).allSatisfy(t -> assertThat(t.end().orElseThrow().reason()).isEqualTo(EndReason.GAVE_UP));
            var manifest = Json.mapper().readTree(Files.readString(out.resolve("manifest.json")));
            assertThat(manifest.path("user_simulator").asText()).isEqualTo("gemini:gemini-2.0-flash");
            assertThat(manifest.path("opening_writer").asText()).isEqualTo("gemini:gemini-2.0-flash");
            // Usage comes from Gemini's usageMetadata, which the fake server counts in words.
            assertThat(run.out()).containsPattern("model gemini:gemini-2\\.0-flash: " + server.requestCount()
                    + " requests, 0 answered from the cache, 0 failed; tokens [1-9]\\d* in, [1-9]\\d* out");
            assertNoKeyUnder(out, FakeModelServer.GEMINI_API_KEY);
            assertNoKeyUnder(server.cacheDir(), FakeModelServer.GEMINI_API_KEY);
        }
    }

    private static void assertNoKeyUnder(Path dir) throws IOException {
        assertNoKeyUnder(dir, FakeModelServer.API_KEY);
    }

    private static void assertNoKeyUnder(Path dir, String key) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            assertThat(regular).isNotEmpty().allSatisfy(file ->
                    assertThat(Files.readString(file)).doesNotContain(key));
        }
    }
}
