package dev.curveball.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.testkit.FakeModelServer;
import dev.curveball.core.testkit.RecordedRequest;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleModelTest {
    static final ResponseSchema OPENING = schema("opening", """
            {"type": "object", "required": ["opening"], "properties": {"opening": {"type": "string"}}}""");

    static ResponseSchema schema(String name, String json) {
        try {
            return new ResponseSchema(name, Json.mapper().readValue(json, ObjectNode.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static ModelRequest request(String userText, double temperature, ResponseSchema schema) {
        return new ModelRequest("scenario writer",
                List.of(ModelMessage.system("You write openings."), ModelMessage.user(userText)),
                temperature, 200, schema, 42L);
    }

    @Test
    void sendsModelMessagesTemperatureSeedAndSchemaAndReturnsTextWithUsage() {
        try (FakeModelServer server = FakeModelServer.thatReplies("{\"opening\":\"my order never came\"}")) {
            ModelClient model = Models.open(ModelSpec.parse("openai:gpt-4o-mini"), server.env(), ModelCache.disabled());

            ModelReply reply = model.complete(request("Write one.", 0.7, OPENING));

            assertThat(reply.text()).isEqualTo("{\"opening\":\"my order never came\"}");
            assertThat(reply.inputTokens()).isEqualTo(5);   // "You write openings." + "Write one." in words
            assertThat(reply.outputTokens()).isEqualTo(4);
            assertThat(reply.cached()).isFalse();
            RecordedRequest sent = server.lastRequest();
            assertThat(sent.path()).isEqualTo("/v1/chat/completions");
            assertThat(sent.header("Authorization")).isEqualTo("Bearer " + FakeModelServer.API_KEY);
            JsonNode body = sent.body();
            assertThat(body.path("model").asText()).isEqualTo("gpt-4o-mini");
            assertThat(body.path("temperature").asDouble()).isEqualTo(0.7);
            assertThat(body.path("seed").asInt()).isEqualTo(42);
            assertThat(body.path("max_tokens").asInt()).isEqualTo(200);
            assertThat(body.path("messages")).hasSize(2);
            assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
            assertThat(sent.lastUserText()).isEqualTo("Write one.");
            JsonNode format = body.path("response_format");
            assertThat(format.path("type").asText()).isEqualTo("json_schema");
            assertThat(format.path("json_schema").path("name").asText()).isEqualTo("opening");
            assertThat(format.path("json_schema").path("schema")).isEqualTo(OPENING.schema());
        }
    }

    @Test
    void asksOpenAisOwnApiForMaxCompletionTokensWhichItsReasoningModelsRequire() {
        ModelEndpoint official = ModelEndpoint.resolve(ModelSpec.parse("openai:o4-mini"), Map.of("OPENAI_API_KEY", "k"));

        var parameters = (OpenAiChatRequestParameters) ChatRequests.of(official, request("a", 1, null)).parameters();

        assertThat(official.baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(parameters.maxCompletionTokens()).isEqualTo(200);
        assertThat(parameters.maxOutputTokens()).isNull();
    }

    @Test
    void sendsNoResponseFormatForFreeText() {
        try (FakeModelServer server = FakeModelServer.thatReplies("hello")) {
            ModelClient model = Models.open(ModelSpec.parse("openai:gpt-4o-mini"), server.env(), ModelCache.disabled());

            assertThat(model.complete(request("Say hello.", 0.0, null)).text()).isEqualTo("hello");
            assertThat(server.lastRequest().body().has("response_format")).isFalse();
        }
    }

    @Test
    void reachesOllamaThroughItsOpenAiCompatibleApiOverHttp11WithoutAKey() {
        try (FakeModelServer server = FakeModelServer.thatReplies("hi from llama")) {
            ModelClient model = Models.open(ModelSpec.parse("ollama:llama3.1"), server.env(), ModelCache.disabled());

            assertThat(model.complete(request("Hi?", 0.2, OPENING)).text()).isEqualTo("hi from llama");
            RecordedRequest sent = server.lastRequest();
            assertThat(sent.path()).isEqualTo("/v1/chat/completions");
            assertThat(sent.headers()).doesNotContainKeys("upgrade", "http2-settings", "authorization");
            assertThat(sent.body().path("model").asText()).isEqualTo("llama3.1");
            assertThat(sent.body().path("max_tokens").asInt()).isEqualTo(200);
            assertThat(sent.body().path("response_format").path("type").asText()).isEqualTo("json_schema");
        }
    }

    @Test
    void neverSendsOpenAisKeyToALocalServerButSendsItsOwn() {
        try (FakeModelServer server = FakeModelServer.thatReplies("one", "two")) {
            Map<String, String> env = new HashMap<>(server.env());
            Models.open(ModelSpec.parse("vllm:qwen"), env, ModelCache.disabled()).complete(request("a", 0, null));
            assertThat(server.lastRequest().header("Authorization")).isNull();

            env.put("VLLM_API_KEY", "vllm-token");
            Models.open(ModelSpec.parse("vllm:qwen"), env, ModelCache.disabled()).complete(request("a", 0, null));
            assertThat(server.lastRequest().header("Authorization")).isEqualTo("Bearer vllm-token");
        }
    }

    @Test
    void oneClientServesParallelConversations() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(sent -> "echo " + sent.lastUserText())) {
            ModelClient model = Models.open(ModelSpec.parse("lmstudio:qwen"), server.env(), ModelCache.disabled());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> replies = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    String text = "turn " + i;
                    replies.add(pool.submit(() -> model.complete(request(text, 0.5, null)).text()));
                }
                for (int i = 0; i < 32; i++) {
                    assertThat(replies.get(i).get()).isEqualTo("echo turn " + i);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(server.requestCount()).isEqualTo(32);
        }
    }
}
