package dev.curveball.core.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request {@link FakeModelServer} received: the raw query ({@code null} without one), header names in lower case, the body as JSON
 * ({@link MissingNode} when it was not JSON). The helpers read the OpenAI, Anthropic and Gemini shapes.
 *
 * <pre>{@code RecordedRequest sent = server.lastRequest();
 * assertThat(sent.body().path("temperature").asDouble()).isEqualTo(0.7);
 * assertThat(sent.lastUserText()).contains("refund");}</pre>
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers, JsonNode body) {
    public RecordedRequest {
        headers = Map.copyOf(headers);
        body = body == null ? MissingNode.getInstance() : body;
    }

    /** The first value of a header, or {@code null}; the name is case-insensitive. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Sent with Anthropic's Messages API ({@code POST /v1/messages}) rather than OpenAI's chat completions. */
    public boolean isAnthropic() {
        return path.endsWith("/messages");
    }

    /** Sent with Gemini's {@code POST .../models/NAME:generateContent}, which names the model in the path. */
    public boolean isGemini() {
        return path.endsWith(":generateContent");
    }

    /** The model the request named. */
    public String model() {
        if (isGemini()) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            return name.substring(0, name.indexOf(':'));
        }
        return body.path("model").asText(null);
    }

    /** Every system text, joined by blank lines: OpenAI's system messages, Anthropic's {@code system} or Gemini's {@code systemInstruction}. */
    public String systemText() {
        List<String> texts = new ArrayList<>();
        if (isGemini()) {
            texts.add(text(body.path("systemInstruction").path("parts")));
        } else if (isAnthropic()) {
            texts.add(text(body.path("system")));
        } else {
            body.path("messages").forEach(m -> {
                if (m.path("role").asText().equals("system")) {
                    texts.add(text(m.path("content")));
                }
            });
        }
        return String.join("\n\n", texts.stream().filter(t -> !t.isEmpty()).toList());
    }

    /** The text of the last user message, or {@code ""}. */
    public String lastUserText() {
        return texts("user").isEmpty() ? "" : texts("user").get(texts("user").size() - 1);
    }

    /** The texts of the messages with {@code role} ({@code user} or {@code assistant}, which Gemini calls {@code model}), in order. */
    public List<String> texts(String role) {
        List<String> texts = new ArrayList<>();
        String wanted = isGemini() && role.equals("assistant") ? "model" : role;
        messages().forEach(m -> {
            if (m.path("role").asText().equals(wanted)) {
                texts.add(text(content(m)));
            }
        });
        return texts;
    }

    /** Every text of the request, system prompt included: what a reply's usage counts as input. */
    String allText() {
        List<String> texts = new ArrayList<>(isAnthropic() || isGemini() ? List.of(systemText()) : List.of());
        messages().forEach(m -> texts.add(text(content(m))));
        return String.join("\n", texts);
    }

    /** OpenAI's and Anthropic's {@code messages}, Gemini's {@code contents}. */
    private JsonNode messages() {
        return body.path(isGemini() ? "contents" : "messages");
    }

    private JsonNode content(JsonNode message) {
        return message.path(isGemini() ? "parts" : "content");
    }

    /** A plain string, or the text blocks of a content array. */
    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        List<String> parts = new ArrayList<>();
        content.forEach(block -> {
            if (block.path("text").isTextual()) {
                parts.add(block.path("text").asText());
            }
        });
        return String.join("\n", parts);
    }

    /** The names of the tools the request offered: OpenAI's {@code tools[].function.name}, Anthropic's {@code tools[].name}. */
    public List<String> toolNames() {
        List<String> names = new ArrayList<>();
        if (isGemini()) {
            body.path("tools").forEach(t -> t.path("functionDeclarations").forEach(f -> names.add(f.path("name").asText())));
            return names;
        }
        body.path("tools").forEach(t -> names.add(isAnthropic() ? t.path("name").asText() : t.path("function").path("name").asText()));
        return names;
    }

    /**
     * The tool results at the end of the request (what the tools answered the model's last calls), in
     * order; empty when the last message is not a tool result. OpenAI's {@code role: tool} messages,
     * Anthropic's {@code tool_result} blocks, Gemini's {@code functionResponse} parts.
     */
    public List<String> lastToolResults() {
        List<String> results = new ArrayList<>();
        JsonNode messages = messages();
        if (messages.isEmpty()) {
            return results;
        }
        if (isGemini()) {
            messages.get(messages.size() - 1).path("parts").forEach(part -> {
                JsonNode response = part.path("functionResponse").path("response");
                if (!response.isMissingNode()) {
                    // LangChain4j wraps a tool's text result as {"response": "<text>"}.
                    results.add(response.path("response").isTextual() ? response.path("response").asText() : response.toString());
                }
            });
            return results;
        }
        if (isAnthropic()) {
            messages.get(messages.size() - 1).path("content").forEach(block -> {
                if (block.path("type").asText().equals("tool_result")) {
                    results.add(block.path("content").isTextual() ? block.path("content").asText() : text(block.path("content")));
                }
            });
            return results;
        }
        for (int i = messages.size() - 1; i >= 0 && messages.get(i).path("role").asText().equals("tool"); i--) {
            results.add(0, text(messages.get(i).path("content")));
        }
        return results;
    }
}
