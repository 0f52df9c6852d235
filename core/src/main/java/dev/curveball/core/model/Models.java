package dev.curveball.core.model;

import dev.curveball.core.error.Require;
import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;
import java.util.Map;

/**
 * Opens a {@link ModelClient} for a {@link ModelSpec} through LangChain4j, configured from the
 * environment, answered from {@code cache} when it holds the same call. Keys stay in memory only.
 *
 * <ul>
 *   <li>{@code openai}: {@code OPENAI_BASE_URL} (default https://api.openai.com/v1) and {@code OPENAI_API_KEY},
 *       required unless a base URL is set.</li>
 *   <li>{@code anthropic}: {@code ANTHROPIC_API_KEY} (required), {@code ANTHROPIC_BASE_URL} (default https://api.anthropic.com/v1).</li>
 *   <li>{@code gemini}: Google AI's Gemini API, {@code GEMINI_API_KEY} (required, sent as {@code x-goog-api-key}),
 *       {@code GEMINI_BASE_URL} (default https://generativelanguage.googleapis.com/v1beta).</li>
 *   <li>{@code ollama}, {@code vllm}, {@code lmstudio}: the OpenAI-compatible API at {@code OLLAMA_BASE_URL},
 *       {@code VLLM_BASE_URL}, {@code LMSTUDIO_BASE_URL} (else the server's usual local address), with
 *       {@code OLLAMA_API_KEY}, {@code VLLM_API_KEY}, {@code LMSTUDIO_API_KEY} if set. OpenAI's key is never sent there.</li>
 *   <li>{@code CURVEBALL_MODEL_TIMEOUT_SECONDS} and {@code CURVEBALL_MODEL_MAX_RETRIES}: see {@link ModelOptions}.</li>
 * </ul>
 * Every provider is spoken to over HTTP/1.1. A missing key or malformed variable fails here, before any call,
 * as {@link ModelFailure.Kind#CONFIGURATION} (exit 2).
 *
 * <pre>{@code ModelClient model = Models.open(ModelSpec.parse("ollama:llama3.1"), System.getenv(), ModelCache.disabled());}</pre>
 */
public final class Models {
    private Models() {
    }

    /** @param cache the on-disk cache, or {@link ModelCache#disabled()} */
    public static ModelClient open(ModelSpec spec, Map<String, String> environment, ModelCache cache) {
        return open(spec, environment, cache, ModelOptions.fromEnvironment(environment));
    }

    /**
     * As {@link #open(ModelSpec, Map, ModelCache)}, with explicit timeout and retries: the default
     * {@link RetryPolicy} with {@code options.maxRetries()}, no rate limit, shared with no other client.
     */
    public static ModelClient open(ModelSpec spec, Map<String, String> environment, ModelCache cache, ModelOptions options) {
        Require.present(options, "options");
        return open(spec, environment, cache, options,
                ModelLimits.of(RetryPolicy.defaults().withMaxRetries(options.maxRetries()), RequestLimits.NONE));
    }

    /**
     * As {@link #open(ModelSpec, Map, ModelCache, ModelOptions)}, retrying under {@code limits}' policy
     * (its attempts, not {@code options.maxRetries()}) and sharing its rate limits with every client
     * opened with the same {@code limits} for the same endpoint.
     */
    public static ModelClient open(ModelSpec spec, Map<String, String> environment, ModelCache cache, ModelOptions options,
                                   ModelLimits limits) {
        Require.present(spec, "model");
        Require.present(environment, "environment");
        Require.present(cache, "cache");
        Require.present(options, "options");
        Require.present(limits, "limits");
        ModelEndpoint endpoint = ModelEndpoint.resolve(spec, environment);
        return new LangChainModelClient(endpoint, options, cache, limits.of(endpoint));
    }
}
