package dev.curveball.core.model;

import dev.curveball.core.io.Json;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates a {@link ModelRequest} into LangChain4j's request for one provider. OpenAI-compatible
 * servers get the schema as their JSON-schema response format, and Gemini as its
 * {@code responseJsonSchema} (with {@code responseMimeType: application/json}); Anthropic gets it in
 * the system prompt, which every Claude model follows without a beta header. Either way the reply is checked.
 */
final class ChatRequests {
    private static final String SCHEMA_INSTRUCTION = resource("schema-instruction.md");

    private ChatRequests() {
    }

    static ChatRequest of(ModelEndpoint endpoint, ModelRequest request) {
        // A blank system message says nothing, and LangChain4j refuses one.
        List<ChatMessage> messages = new ArrayList<>(request.messages().stream()
                .filter(m -> m.role() != ModelMessage.Role.SYSTEM || !m.text().isBlank())
                .map(ChatRequests::message).toList());
        if (endpoint.spec().provider() == Provider.ANTHROPIC && request.responseSchema() != null) {
            messages.add(SystemMessage.from(schemaInstruction(request.responseSchema())));
        }
        ChatRequestParameters parameters = parameters(endpoint, request.temperature(), request.maxOutputTokens(),
                request.responseSchema(), request.seed());
        return ChatRequest.builder().messages(messages).parameters(parameters).build();
    }

    /**
     * The sampling parameters one provider takes: the temperature, the output limit (named as the
     * server expects it) and, for OpenAI-compatible servers and Gemini, the response schema and seed.
     */
    static ChatRequestParameters parameters(ModelEndpoint endpoint, double temperature, int maxOutputTokens,
                                            ResponseSchema schema, Long seed) {
        return switch (endpoint.spec().provider()) {
            case ANTHROPIC -> ChatRequestParameters.builder()
                    .temperature(temperature)
                    .maxOutputTokens(maxOutputTokens)
                    .build();
            // Gemini takes a seed only when its model is built, not per request, so none is sent.
            case GEMINI -> ChatRequestParameters.builder()
                    .temperature(temperature)
                    .maxOutputTokens(maxOutputTokens)
                    .responseFormat(schema == null ? null : responseFormat(schema))
                    .build();
            default -> openAiParameters(endpoint, temperature, maxOutputTokens, schema, seed);
        };
    }

    /** The instruction Anthropic receives in place of a response format. */
    static String schemaInstruction(ResponseSchema schema) {
        return SCHEMA_INSTRUCTION.replace("{name}", schema.name()).replace("{schema}", Json.writePretty(schema.schema()));
    }

    private static OpenAiChatRequestParameters openAiParameters(ModelEndpoint endpoint, double temperature, int maxOutputTokens,
                                                                ResponseSchema schema, Long seed) {
        OpenAiChatRequestParameters.Builder parameters = OpenAiChatRequestParameters.builder()
                .temperature(temperature)
                .seed(seed == null ? null : seed(seed));
        // OpenAI's own API has replaced max_tokens (its reasoning models refuse it); every other server knows max_tokens.
        if (endpoint.baseUrl().equals(ModelEndpoint.OPENAI_URL)) {
            parameters.maxCompletionTokens(maxOutputTokens);
        } else {
            parameters.maxOutputTokens(maxOutputTokens);
        }
        if (schema != null) {
            parameters.responseFormat(responseFormat(schema));
        }
        return parameters.build();
    }

    /** Sent verbatim (a raw schema), not strict: strict mode would demand every property be required. */
    private static ResponseFormat responseFormat(ResponseSchema schema) {
        return ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder()
                        .name(schema.name())
                        .rootElement(JsonRawSchema.from(Json.write(schema.schema())))
                        .build())
                .build();
    }

    /** OpenAI's seed is 32-bit: seeds that fit pass unchanged, larger ones are folded. */
    static int seed(long seed) {
        return seed == (int) seed ? (int) seed : Long.hashCode(seed);
    }

    private static ChatMessage message(ModelMessage message) {
        return switch (message.role()) {
            case SYSTEM -> SystemMessage.from(message.text());
            case USER -> UserMessage.from(message.text());
            case ASSISTANT -> AiMessage.from(message.text());
        };
    }

    private static String resource(String name) {
        try (InputStream in = ChatRequests.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + ChatRequests.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
