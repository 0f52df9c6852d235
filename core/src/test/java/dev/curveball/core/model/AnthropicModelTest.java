package dev.curveball.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.testkit.FakeModelServer;
import dev.curveball.core.testkit.RecordedRequest;
import org.junit.jupiter.api.Test;

class AnthropicModelTest {
    @Test
    void sendsKeyVersionSystemPromptAndParametersAndReturnsText() {
        try (FakeModelServer server = FakeModelServer.thatReplies("Bonjour")) {
            ModelClient model = Models.open(ModelSpec.parse("anthropic:claude-sonnet-4-6"), server.env(), ModelCache.disabled());

            ModelReply reply = model.complete(OpenAiCompatibleModelTest.request("Greet me.", 0.3, null));

            assertThat(reply.text()).isEqualTo("Bonjour");
            assertThat(reply.outputTokens()).isEqualTo(1);
            assertThat(reply.inputTokens()).isEqualTo(5);
            RecordedRequest sent = server.lastRequest();
            assertThat(sent.path()).isEqualTo("/v1/messages");
            assertThat(sent.header("x-api-key")).isEqualTo(FakeModelServer.API_KEY);
            assertThat(sent.header("anthropic-version")).isEqualTo("2023-06-01");
            assertThat(sent.headers()).doesNotContainKey("upgrade");
            assertThat(sent.model()).isEqualTo("claude-sonnet-4-6");
            assertThat(sent.systemText()).isEqualTo("You write openings.");
            assertThat(sent.lastUserText()).isEqualTo("Greet me.");
            assertThat(sent.body().path("temperature").asDouble()).isEqualTo(0.3);
            assertThat(sent.body().path("max_tokens").asInt()).isEqualTo(200);
        }
    }

    @Test
    void putsTheSchemaInTheSystemPromptSinceNoResponseFormatIsSent() {
        try (FakeModelServer server = FakeModelServer.thatReplies("{\"opening\":\"hi\"}")) {
            ModelClient model = Models.open(ModelSpec.parse("anthropic:claude-haiku-4-5"), server.env(), ModelCache.disabled());
            ModelRequest request = OpenAiCompatibleModelTest.request("Write one.", 0.3, OpenAiCompatibleModelTest.OPENING);

            ModelReply reply = model.complete(request);

            assertThat(OpenAiCompatibleModelTest.OPENING.check(reply.text()).conforms()).isTrue();
            RecordedRequest sent = server.lastRequest();
            assertThat(sent.body().has("output_format")).isFalse();
            assertThat(sent.systemText()).startsWith("You write openings.")
                    .contains("JSON Schema, named \"opening\"")
                    .contains("\"required\" : [ \"opening\" ]");
        }
    }
}
