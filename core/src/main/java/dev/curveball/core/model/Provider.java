package dev.curveball.core.model;

import dev.curveball.core.category.Vocabulary;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a model is served. Ollama, vLLM and LM Studio are reached through their OpenAI-compatible
 * API (over HTTP/1.1), so only OpenAI, Anthropic and Google's Gemini API speak their own protocol.
 */
public enum Provider {
    OPENAI("openai", "OPENAI_BASE_URL", null),
    ANTHROPIC("anthropic", "ANTHROPIC_BASE_URL", null),
    GEMINI("gemini", "GEMINI_BASE_URL", null),
    OLLAMA("ollama", "OLLAMA_BASE_URL", "http://localhost:11434/v1"),
    VLLM("vllm", "VLLM_BASE_URL", "http://localhost:8000/v1"),
    LMSTUDIO("lmstudio", "LMSTUDIO_BASE_URL", "http://localhost:1234/v1");

    private final String id;
    private final String baseUrlVariable;
    private final String defaultBaseUrl;

    Provider(String id, String baseUrlVariable, String defaultBaseUrl) {
        this.id = id;
        this.baseUrlVariable = baseUrlVariable;
        this.defaultBaseUrl = defaultBaseUrl;
    }

    public String id() {
        return id;
    }

    /** The environment variable that overrides the base URL. */
    public String baseUrlVariable() {
        return baseUrlVariable;
    }

    /** The local server's usual address, or empty when the provider's client has its own default. */
    public Optional<String> defaultBaseUrl() {
        return Optional.ofNullable(defaultBaseUrl);
    }

    public static Provider fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Vocabulary.unknown("model provider", id, ids())));
    }

    public static java.util.List<String> ids() {
        return Arrays.stream(values()).map(Provider::id).toList();
    }
}
