package dev.curveball.core.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request {@link FakeModelServer} received: header names in lower case, the body as JSON
 * ({@link MissingNode} when it was not JSON). The helpers read both the OpenAI and Anthropic shapes.
 *
 * <pre>{@code RecordedRequest sent = server.lastRequest();
 * assertThat(sent.body().path("temperature").asDouble()).isEqualTo(0.7);
 * assertThat(sent.lastUserText()).contains("refund");}</pre>
 */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers, JsonNode body) {
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

    /** The model the request named. */
    public String model() {
        return body.path("model").asText(null);
    }

    /** Every system text, joined by blank lines: OpenAI's system messages or Anthropic's {@code system} field. */
    public String systemText() {
        List<String> texts = new ArrayList<>();
        if (isAnthropic()) {
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

    /** The texts of the messages with {@code role} ({@code user} or {@code assistant}), in order. */
    public List<String> texts(String role) {
        List<String> texts = new ArrayList<>();
        body.path("messages").forEach(m -> {
            if (m.path("role").asText().equals(role)) {
                texts.add(text(m.path("content")));
            }
        });
        return texts;
    }

    /** Every text of the request, system prompt included: what a reply's usage counts as input. */
    String allText() {
        List<String> texts = new ArrayList<>(isAnthropic() ? List.of(systemText()) : List.of());
        body.path("messages").forEach(m -> texts.add(text(m.path("content"))));
        return String.join("\n", texts);
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
}
