package dev.curveball.core.model;

import static dev.curveball.core.model.OpenAiCompatibleModelTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.model.ModelFailure.Kind;
import dev.curveball.core.testkit.FakeModelServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelFailuresTest {
    private static final ModelOptions NO_RETRIES = new ModelOptions(Duration.ofSeconds(5), 0);

    private static ModelFailure failure(String spec, Map<String, String> env, ModelOptions options) {
        return catchThrowableOfType(ModelFailure.class, () -> Models.open(ModelSpec.parse(spec), env, ModelCache.disabled(), options)
                .complete(request("hello", 0.5, null)));
    }

    @Test
    void aRefusedKeyIsTheUsersToFixAndNamesTheVariableNotTheKey() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.failNext(1, 401);

            ModelFailure failure = failure("openai:gpt-4o-mini", server.env(), NO_RETRIES);

            assertThat(failure.kind()).isEqualTo(Kind.CONFIGURATION);
            assertThat(failure.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(failure.getMessage())
                    .startsWith("openai:gpt-4o-mini at " + server.openAiBaseUrl() + " (scenario writer): ")
                    .contains("HTTP 401", "check OPENAI_API_KEY")
                    .doesNotContain(FakeModelServer.API_KEY);
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void anUnknownModelIsAConfigurationError() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.failNext(1, 404);

            ModelFailure failure = failure("anthropic:claude-nope", server.env(), NO_RETRIES);

            assertThat(failure.kind()).isEqualTo(Kind.CONFIGURATION);
            assertThat(failure.getMessage()).contains("HTTP 404", "'claude-nope'", "ANTHROPIC_BASE_URL");
        }
    }

    @Test
    void aServerErrorIsRetriedThenEndsWithInfrastructureExit() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.failNext(2, 500);

            ModelFailure failure = failure("openai:gpt-4o-mini", server.env(), new ModelOptions(Duration.ofSeconds(5), 1));

            assertThat(failure.kind()).isEqualTo(Kind.SERVER_ERROR);
            assertThat(failure.exitCode()).isEqualTo(ExitCodes.INFRASTRUCTURE);
            assertThat(failure.getMessage()).contains("HTTP 500", "after 2 attempts", "scripted failure 500");
            assertThat(server.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void aRetrySucceedsWhenTheServerRecovers() {
        try (FakeModelServer server = FakeModelServer.thatReplies("recovered")) {
            server.failNext(1, 503);

            ModelReply reply = Models.open(ModelSpec.parse("ollama:llama3.1"), server.env(), ModelCache.disabled(),
                    new ModelOptions(Duration.ofSeconds(5), 1)).complete(request("hello", 0.5, null));

            assertThat(reply.text()).isEqualTo("recovered");
            assertThat(server.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void tooManyRequestsIsRateLimited() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.failNext(1, 429);

            assertThat(failure("openai:gpt-4o-mini", server.env(), NO_RETRIES).kind()).isEqualTo(Kind.RATE_LIMITED);
        }
    }

    @Test
    void nothingListeningIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, String> env = Map.of("VLLM_BASE_URL", "http://127.0.0.1:" + port + "/v1");

        ModelFailure failure = failure("vllm:qwen", env, NO_RETRIES);

        assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(failure.exitCode()).isEqualTo(ExitCodes.INFRASTRUCTURE);
        assertThat(failure.getMessage()).contains("127.0.0.1:" + port, "cannot connect", "VLLM_BASE_URL");
    }

    @Test
    void aSlowServerTimesOut() {
        try (FakeModelServer server = FakeModelServer.thatReplies("too late")) {
            server.delayNext(1, Duration.ofSeconds(3));

            ModelFailure failure = failure("openai:gpt-4o-mini", server.env(), new ModelOptions(Duration.ofMillis(300), 0));

            assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(failure.getMessage()).contains("within 0.3 s", ModelOptions.TIMEOUT_VARIABLE);
        }
    }

    @Test
    void anEmptyReplyIsABadReply() {
        try (FakeModelServer server = FakeModelServer.thatReplies("   ")) {
            ModelFailure empty = failure("anthropic:claude-haiku-4-5", server.env(), NO_RETRIES);
            assertThat(empty.kind()).isEqualTo(Kind.BAD_REPLY);
            assertThat(empty.getMessage()).contains("no text");
        }
    }

    @Test
    void aBodyThatIsNotTheProtocolsJsonIsTheServersFaultNotABadReplyFromTheModel() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.garbleNext(1);

            ModelFailure failure = failure("openai:gpt-4o-mini", server.env(), NO_RETRIES);

            assertThat(failure.kind()).isEqualTo(Kind.SERVER_ERROR);
            assertThat(failure.exitCode()).isEqualTo(ExitCodes.INFRASTRUCTURE);
            assertThat(failure.getMessage()).contains("the server's answer is not OpenAI's JSON", "is OPENAI_BASE_URL the address");
        }
    }

    @Test
    void rateLimitingSaysHowToBePatient() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.failNext(1, 429);

            assertThat(failure("openai:gpt-4o-mini", server.env(), NO_RETRIES).getMessage())
                    .contains("after 1 attempt", "--model-rpm", "--max-retries");
        }
    }

    @Test
    void aKeyTheServerQuotesBackIsBlankedInTheMessageAndInEveryCause() {
        try (FakeModelServer server = FakeModelServer.thatAnswers(r -> {
            throw new IllegalStateException("Incorrect API key provided: " + r.header("authorization"));
        })) {
            ModelFailure failure = failure("openai:gpt-4o-mini", server.env(), NO_RETRIES);

            assertThat(failure.getMessage()).contains("Incorrect API key provided: Bearer ***");
            java.io.StringWriter trace = new java.io.StringWriter();
            failure.printStackTrace(new java.io.PrintWriter(trace));
            assertThat(trace.toString()).doesNotContain(FakeModelServer.API_KEY)
                    .contains("Caused by: dev.langchain4j.exception.", "Bearer ***", "\tat dev.langchain4j.");
        }
    }

    @Test
    void anUnexpectedErrorStaysAnErrorButWithTheKeyBlankedOut() {
        // Not a model or network failure: a bug (exit 4), printed and written to traces, so it must not carry the key either.
        ModelEndpoint endpoint = new ModelEndpoint(ModelSpec.parse("openai:gpt-4o-mini"), ModelEndpoint.OPENAI_URL, "sk-secret-1");
        RuntimeException error = new IllegalStateException("cannot build a request with key sk-secret-1");

        RuntimeException mapped = new ModelFailures(endpoint, NO_RETRIES).from(error, request("hello", 0.5, null));

        assertThat(mapped).isNotInstanceOf(ModelFailure.class);
        assertThat(mapped.toString()).isEqualTo("java.lang.IllegalStateException: cannot build a request with key ***");
    }

    @Test
    void credentialsInABaseUrlAreNotRepeatedInMessages() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.failNext(1, 500);
            Map<String, String> env = new HashMap<>(server.env());
            env.put("OPENAI_BASE_URL", server.openAiBaseUrl().replace("http://", "http://me:s3cret@") + "?token=t0ken");

            ModelFailure failure = failure("openai:gpt-4o-mini", env, NO_RETRIES);

            assertThat(failure.getMessage()).contains(server.openAiBaseUrl() + "?...").doesNotContain("s3cret", "t0ken");
        }
    }

    @Test
    void aMissingKeyFailsWhenTheModelIsOpenedNamingTheVariable() {
        ModelFailure openAi = catchThrowableOfType(ModelFailure.class,
                () -> Models.open(ModelSpec.parse("openai:gpt-4o-mini"), Map.of(), ModelCache.disabled()));
        ModelFailure anthropic = catchThrowableOfType(ModelFailure.class, () -> Models.open(
                ModelSpec.parse("anthropic:claude-haiku-4-5"), Map.of("ANTHROPIC_BASE_URL", "http://localhost:1/v1"),
                ModelCache.disabled()));

        assertThat(openAi.kind()).isEqualTo(Kind.CONFIGURATION);
        assertThat(openAi.getMessage()).isEqualTo("openai:gpt-4o-mini: OPENAI_API_KEY is not set; export your OpenAI API key,"
                + " or set OPENAI_BASE_URL to an OpenAI-compatible server");
        assertThat(anthropic.getMessage()).contains("ANTHROPIC_API_KEY is not set");
    }

    @Test
    void aMalformedBaseUrlOrOptionNamesItsVariable() {
        Map<String, String> env = new HashMap<>(Map.of("OLLAMA_BASE_URL", "localhost:11434"));
        assertThat(catchThrowableOfType(ModelFailure.class,
                () -> Models.open(ModelSpec.parse("ollama:llama3.1"), env, ModelCache.disabled())).getMessage())
                .contains("OLLAMA_BASE_URL='localhost:11434' is not an http(s) URL");

        env.put("OLLAMA_BASE_URL", "http://localhost:11434/v1");
        env.put(ModelOptions.MAX_RETRIES_VARIABLE, "many");
        ModelFailure failure = catchThrowableOfType(ModelFailure.class,
                () -> Models.open(ModelSpec.parse("ollama:llama3.1"), env, ModelCache.disabled()));
        assertThat(failure.kind()).isEqualTo(Kind.CONFIGURATION);
        assertThat(failure.getMessage()).startsWith("CURVEBALL_MODEL_MAX_RETRIES='many'");
    }

    @Test
    void optionsComeFromTheEnvironmentWithDefaults() {
        assertThat(ModelOptions.fromEnvironment(Map.of())).isEqualTo(new ModelOptions(Duration.ofSeconds(60), 3));
        assertThat(ModelOptions.fromEnvironment(Map.of(ModelOptions.TIMEOUT_VARIABLE, "0.5", ModelOptions.MAX_RETRIES_VARIABLE, "0")))
                .isEqualTo(new ModelOptions(Duration.ofMillis(500), 0));
    }
}
