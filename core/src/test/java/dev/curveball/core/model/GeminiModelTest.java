package dev.curveball.core.model;

import static dev.curveball.core.model.OpenAiCompatibleModelTest.OPENING;
import static dev.curveball.core.model.OpenAiCompatibleModelTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.model.ModelFailure.Kind;
import dev.curveball.core.testkit.FakeModelServer;
import dev.curveball.core.testkit.RecordedRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Google AI's Gemini API through LangChain4j's client, against a local server speaking generateContent. */
class GeminiModelTest {
    private static final ModelOptions NO_RETRIES = new ModelOptions(Duration.ofSeconds(5), 0);
    private static final ModelSpec FLASH = ModelSpec.parse("gemini:gemini-2.0-flash");

    private static ModelFailure failure(Map<String, String> env, ModelOptions options) {
        return catchThrowableOfType(ModelFailure.class, () -> Models.open(FLASH, env, ModelCache.disabled(), options)
                .complete(request("hello", 0.5, null)));
    }

    private static String stackTrace(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    @Test
    void sendsTheKeyInAHeaderTheSystemInstructionAndTheSchemaAndReturnsTextWithUsage() {
        try (FakeModelServer server = FakeModelServer.thatReplies("{\"opening\":\"my order never came\"}")) {
            ModelClient model = Models.open(FLASH, server.env(), ModelCache.disabled());

            ModelReply reply = model.complete(request("Write one.", 0.7, OPENING));

            assertThat(reply.text()).isEqualTo("{\"opening\":\"my order never came\"}");
            assertThat(OPENING.check(reply.text()).conforms()).isTrue();
            assertThat(reply.inputTokens()).isEqualTo(5);   // "You write openings." + "Write one." in words
            assertThat(reply.outputTokens()).isEqualTo(4);
            RecordedRequest sent = server.lastRequest();
            assertThat(sent.method()).isEqualTo("POST");
            assertThat(sent.path()).isEqualTo("/v1beta/models/gemini-2.0-flash:generateContent");
            assertThat(sent.query()).isNull();   // the key never travels as ?key=
            assertThat(sent.header("x-goog-api-key")).isEqualTo(FakeModelServer.GEMINI_API_KEY);
            assertThat(sent.headers()).doesNotContainKeys("authorization", "upgrade", "http2-settings");
            assertThat(sent.systemText()).isEqualTo("You write openings.");
            assertThat(sent.lastUserText()).isEqualTo("Write one.");
            JsonNode config = sent.body().path("generationConfig");
            assertThat(config.path("temperature").asDouble()).isEqualTo(0.7);
            assertThat(config.path("maxOutputTokens").asInt()).isEqualTo(200);
            assertThat(config.path("responseMimeType").asText()).isEqualTo("application/json");
            assertThat(config.path("responseJsonSchema")).isEqualTo(OPENING.schema());
        }
    }

    @Test
    void sendsNoResponseSchemaForFreeTextAndKeepsTheConversationsTurns() {
        try (FakeModelServer server = FakeModelServer.thatReplies("fine, thanks")) {
            ModelRequest turns = new ModelRequest("simulated user", java.util.List.of(ModelMessage.system("You are a customer."),
                    ModelMessage.user("Hello"), ModelMessage.assistant("How can I help?"), ModelMessage.user("How are you?")),
                    0.2, 50, null, null);

            String text = Models.open(FLASH, server.env(), ModelCache.disabled()).complete(turns).text();

            assertThat(text).isEqualTo("fine, thanks");
            RecordedRequest sent = server.lastRequest();
            assertThat(sent.body().path("generationConfig").has("responseJsonSchema")).isFalse();
            assertThat(sent.body().path("generationConfig").has("responseSchema")).isFalse();
            assertThat(sent.texts("user")).containsExactly("Hello", "How are you?");
            assertThat(sent.texts("assistant")).containsExactly("How can I help?");
        }
    }

    @Test
    void withoutGeminiApiKeyNothingIsCalledAndTheVariableIsNamed() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            Map<String, String> env = new HashMap<>(server.env());
            env.remove("GEMINI_API_KEY");

            ModelFailure failure = catchThrowableOfType(ModelFailure.class, () -> Models.open(FLASH, env, ModelCache.disabled()));

            assertThat(failure.kind()).isEqualTo(Kind.CONFIGURATION);
            assertThat(failure.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(failure.getMessage()).isEqualTo("gemini:gemini-2.0-flash: GEMINI_API_KEY is not set; "
                    + "export your Google AI Studio (Gemini) API key");
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void aRateLimitWithRetryAfterIsRetriedAndTheRetrySucceeds() {
        try (FakeModelServer server = FakeModelServer.thatReplies("recovered")) {
            server.failNext(1, 429, "Resource has been exhausted (e.g. check quota).");

            ModelReply reply = Models.open(FLASH, server.env(), ModelCache.disabled(), new ModelOptions(Duration.ofSeconds(5), 1))
                    .complete(request("hello", 0.5, null));

            assertThat(reply.text()).isEqualTo("recovered");
            assertThat(server.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void aRateLimitThatLastsIsInfrastructureAndQuotesGoogle() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.failNext(2, 429, "Resource has been exhausted (e.g. check quota).");

            ModelFailure failure = failure(server.env(), new ModelOptions(Duration.ofSeconds(5), 1));

            assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
            assertThat(failure.exitCode()).isEqualTo(ExitCodes.INFRASTRUCTURE);
            assertThat(failure.getMessage()).matches(java.util.regex.Pattern.quote("gemini:gemini-2.0-flash at " + server.geminiBaseUrl()
                    + " (scenario writer): gave up after 2 attempts in ") + "\\d+\\.\\d" + java.util.regex.Pattern.quote(" s: rate limited (HTTP 429): "
                    + "Resource has been exhausted (e.g. check quota).; wait, lower --model-rpm or --model-concurrency, or raise --max-retries "
                    + "(CURVEBALL_MODEL_MAX_RETRIES) or --retry-max-time"));
        }
    }

    @Test
    void aRefusedKeyEchoedBackIsTheUsersToFixAndAppearsNowhere() {
        String fragment = FakeModelServer.GEMINI_API_KEY.substring(10, 26);
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.failNext(1, 401, "API key " + FakeModelServer.GEMINI_API_KEY + " is not valid (..." + fragment + "...)");

            ModelFailure failure = failure(server.env(), NO_RETRIES);

            assertThat(failure.kind()).isEqualTo(Kind.CONFIGURATION);
            assertThat(failure.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(failure.getMessage()).isEqualTo("gemini:gemini-2.0-flash at " + server.geminiBaseUrl()
                    + " (scenario writer): the server refused the credentials (HTTP 401): API key *** is not valid (...***...); "
                    + "check GEMINI_API_KEY");
            assertThat(stackTrace(failure)).doesNotContain(FakeModelServer.GEMINI_API_KEY).doesNotContain(fragment).contains("HTTP 401");
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void anotherGoogleKeyInTheAnswerIsBlankedByItsShape() {
        String other = "AIzaSyOtherKey0123456789abcdefghijklmnop";
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.failNext(1, 403, "Permission denied for " + other);

            ModelFailure failure = failure(server.env(), NO_RETRIES);

            assertThat(failure.getMessage()).contains("(HTTP 403): Permission denied for ***; check GEMINI_API_KEY");
            assertThat(stackTrace(failure)).doesNotContain(other);
        }
    }

    @Test
    void googlesBadRequestForAWrongKeyNamesTheKeyVariable() {
        String body = """
                {"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.", "status": "INVALID_ARGUMENT",
                  "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID"}]}}""";
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.answerNext(1, 400, body);

            ModelFailure failure = failure(server.env(), NO_RETRIES);

            assertThat(failure.kind()).isEqualTo(Kind.CONFIGURATION);
            assertThat(failure.getMessage()).endsWith("the server refused the credentials (HTTP 400): "
                    + "API key not valid. Please pass a valid API key.; check GEMINI_API_KEY");
        }
    }

    @Test
    void anUnknownModelNamesTheModelAndTheBaseUrlVariable() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.failNext(1, 404, "models/gemini-nope is not found for API version v1beta");

            ModelFailure failure = failure(server.env(), NO_RETRIES);

            assertThat(failure.kind()).isEqualTo(Kind.CONFIGURATION);
            assertThat(failure.getMessage()).contains("not found (HTTP 404): models/gemini-nope is not found",
                    "check the model name 'gemini-2.0-flash' and GEMINI_BASE_URL");
        }
    }

    @Test
    void aServerErrorIsRetriedThenEndsWithInfrastructureExit() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.failNext(2, 503, "The model is overloaded. Please try again later.");

            ModelFailure failure = failure(server.env(), new ModelOptions(Duration.ofSeconds(5), 1));

            assertThat(failure.kind()).isEqualTo(Kind.SERVER_ERROR);
            assertThat(failure.getMessage()).contains("gave up after 2 attempts in ", " s: server error (HTTP 503): The model is overloaded.");
            assertThat(server.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void anAnswerThatIsNotJsonPointsAtTheBaseUrl() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.garbleNext(1);

            ModelFailure failure = failure(server.env(), NO_RETRIES);

            assertThat(failure.kind()).isEqualTo(Kind.SERVER_ERROR);
            assertThat(failure.getMessage()).contains("the server's answer is not Gemini's JSON after 1 attempt",
                    "is GEMINI_BASE_URL the address of the API (usually ending in /v1beta)?");
        }
    }

    @Test
    void anAnswerWithoutCandidatesIsAnUnusableReply() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.answerNext(1, 200, "{\"candidates\": [], \"usageMetadata\": {\"promptTokenCount\": 3}}");

            ModelFailure failure = failure(server.env(), NO_RETRIES);

            assertThat(failure.kind()).isEqualTo(Kind.BAD_REPLY);
            assertThat(failure.exitCode()).isEqualTo(ExitCodes.INFRASTRUCTURE);
            assertThat(failure.getMessage()).isEqualTo("gemini:gemini-2.0-flash at " + server.geminiBaseUrl()
                    + " (scenario writer): unusable reply: the client could not read it (java.lang.IndexOutOfBoundsException: "
                    + "Index 0 out of bounds for length 0); the answer lacks something the client needs, such as a candidate or its usage");
        }
    }

    @Test
    void aCandidateStoppedForSafetyWithoutTextIsAnUnusableReply() {
        try (FakeModelServer server = FakeModelServer.thatReplies("never")) {
            server.answerNext(1, 200, "{\"candidates\": [{\"finishReason\": \"SAFETY\", \"index\": 0}]}");

            ModelFailure failure = failure(server.env(), NO_RETRIES);

            assertThat(failure.kind()).isEqualTo(Kind.BAD_REPLY);
            assertThat(failure.getMessage()).startsWith("gemini:gemini-2.0-flash at " + server.geminiBaseUrl()
                    + " (scenario writer): unusable reply: the client could not read it (java.lang.NullPointerException: ")
                    .endsWith("); the answer lacks something the client needs, such as a candidate or its usage");
        }
    }

    @Test
    void aReplyEchoingTheKeyIsMaskedBeforeItIsReturned() {
        try (FakeModelServer server = FakeModelServer.thatReplies("Your key is " + FakeModelServer.GEMINI_API_KEY)) {
            ModelReply reply = Models.open(FLASH, server.env(), ModelCache.disabled(), NO_RETRIES).complete(request("hi", 0.5, null));

            assertThat(reply.text()).isEqualTo("Your key is ***");
        }
    }

    @Test
    void theDescriptionNamesTheVariableNeverTheKey() {
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            ModelClient model = Models.open(FLASH, server.env(), ModelCache.disabled());

            assertThat(model.toString()).isEqualTo("gemini:gemini-2.0-flash at " + server.geminiBaseUrl() + " (key from GEMINI_API_KEY)");
            assertThat(ModelEndpoint.resolve(FLASH, Map.of("GEMINI_API_KEY", "k")).baseUrl())
                    .isEqualTo("https://generativelanguage.googleapis.com/v1beta");
        }
    }
}
