package dev.curveball.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class FakeModelServerTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpResponse<String> post(String url, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void queuedFailuresComeFirstAndLeaveTheScriptForLater() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatReplies("scripted")) {
            server.failNext(1, 429).garbleNext(1);
            String url = server.openAiBaseUrl() + "/chat/completions";
            String body = "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi there\"}]}";

            assertThat(post(url, body).statusCode()).isEqualTo(429);
            assertThat(post(url, body).body()).isEqualTo("this is not JSON <html>");
            assertThat(post(url, body).body()).contains("\"content\":\"scripted\"", "\"prompt_tokens\":2");
            HttpResponse<String> exhausted = post(url, body);
            assertThat(exhausted.statusCode()).isEqualTo(500);
            assertThat(exhausted.body()).contains("no scripted reply left");
            assertThat(server.requestCount()).isEqualTo(4);
            assertThat(server.lastRequest().lastUserText()).isEqualTo("hi there");
        }
    }

    @Test
    void answersAnthropicsShapeOnTheMessagesPathAndNotFoundElsewhere() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(sent -> "to " + sent.systemText())) {
            String body = "{\"model\":\"claude\",\"system\":[{\"type\":\"text\",\"text\":\"be kind\"}],"
                    + "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hello\"}]}]}";

            HttpResponse<String> reply = post(server.anthropicBaseUrl() + "/messages", body);

            assertThat(reply.body()).contains("\"type\":\"message\"", "\"text\":\"to be kind\"", "\"input_tokens\":3");
            assertThat(post(server.openAiBaseUrl() + "/embeddings", "{}").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void answersGeminisShapeOnGenerateContentWithRetryAfterOnARateLimit() throws Exception {
        try (FakeModelServer server = FakeModelServer.thatAnswers(sent -> sent.model() + " to " + sent.systemText())) {
            server.failNext(1, 429);
            String url = server.geminiBaseUrl() + "/models/gemini-2.0-flash:generateContent";
            String body = "{\"systemInstruction\":{\"parts\":[{\"text\":\"be kind\"}]},"
                    + "\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"hello\"}]},"
                    + "{\"role\":\"model\",\"parts\":[{\"text\":\"hi\"}]}]}";

            HttpResponse<String> limited = post(url, body);
            HttpResponse<String> reply = post(url, body);

            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(limited.body()).contains("\"status\":\"RESOURCE_EXHAUSTED\"");
            assertThat(reply.body()).contains("\"text\":\"gemini-2.0-flash to be kind\"", "\"promptTokenCount\":4",
                    "\"candidatesTokenCount\":4");
            assertThat(server.lastRequest().isGemini()).isTrue();
            assertThat(server.lastRequest().texts("assistant")).containsExactly("hi");
            assertThat(server.lastRequest().lastUserText()).isEqualTo("hello");
        }
    }

    @Test
    void itsEnvironmentPointsEveryProviderHereWithAPrivateCache() {
        try (FakeModelServer server = FakeModelServer.thatReplies()) {
            assertThat(server.env())
                    .containsEntry("OPENAI_BASE_URL", server.openAiBaseUrl())
                    .containsEntry("ANTHROPIC_BASE_URL", server.anthropicBaseUrl())
                    .containsEntry("OLLAMA_BASE_URL", server.openAiBaseUrl())
                    .containsEntry("OPENAI_API_KEY", FakeModelServer.API_KEY)
                    .containsEntry("GEMINI_BASE_URL", server.geminiBaseUrl())
                    .containsEntry("GEMINI_API_KEY", FakeModelServer.GEMINI_API_KEY)
                    .containsEntry("CURVEBALL_MODEL_MAX_RETRIES", "0")
                    .containsEntry("CURVEBALL_CACHE_DIR", server.cacheDir().toString());
            assertThat(server.cacheDir()).isDirectory();
        }
    }
}
