package dev.curveball.core.model;

import java.util.Map;

/**
 * Opens a {@link ModelClient} for a {@link ModelSpec} through LangChain4j, configured from the
 * environment ({@code OPENAI_API_KEY}, {@code OPENAI_BASE_URL}, {@code ANTHROPIC_API_KEY},
 * {@code ANTHROPIC_BASE_URL}, {@code OLLAMA_BASE_URL}, {@code VLLM_BASE_URL}, {@code LMSTUDIO_BASE_URL}),
 * answered from {@code cache} when it holds the same call. Keys stay in memory only.
 */
public final class Models {
    private Models() {
    }

    /** @param cache the on-disk cache, or {@link ModelCache#disabled()} */
    public static ModelClient open(ModelSpec spec, Map<String, String> environment, ModelCache cache) {
        throw new UnsupportedOperationException("not built yet");
    }
}
