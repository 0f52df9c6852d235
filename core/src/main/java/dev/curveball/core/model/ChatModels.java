package dev.curveball.core.model;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.net.http.HttpClient;

/**
 * Builds the LangChain4j chat model behind a {@link ModelClient}. Sampling parameters come with
 * each request, so one built model serves every conversation; LangChain4j's models and the JDK
 * HTTP client they use are safe to share between threads. LangChain4j's own retries are off:
 * {@link ModelCalls} retries under the run's {@link dev.curveball.core.limit.RetryPolicy}.
 */
final class ChatModels {
    private ChatModels() {
    }

    static ChatModel build(ModelEndpoint endpoint, ModelOptions options) {
        return switch (endpoint.spec().provider()) {
            case ANTHROPIC -> anthropic(endpoint, options);
            case GEMINI -> gemini(endpoint, options);
            default -> openAiCompatible(endpoint, options);
        };
    }

    private static ChatModel openAiCompatible(ModelEndpoint endpoint, ModelOptions options) {
        return OpenAiChatModel.builder()
                .httpClientBuilder(http11(options))
                .baseUrl(endpoint.baseUrl())
                .apiKey(endpoint.apiKey()) // null sends no Authorization header, as local servers expect
                .modelName(endpoint.spec().name())
                .timeout(options.timeout())
                .maxRetries(0) // retried by ModelCalls under the run's one policy, never stacked with the client's own
                .build();
    }

    private static ChatModel anthropic(ModelEndpoint endpoint, ModelOptions options) {
        return AnthropicChatModel.builder()
                .httpClientBuilder(http11(options))
                .baseUrl(endpoint.baseUrl())
                .apiKey(endpoint.apiKey())
                .modelName(endpoint.spec().name())
                .timeout(options.timeout())
                .maxRetries(0) // retried by ModelCalls under the run's one policy, never stacked with the client's own
                .build();
    }

    /**
     * Google AI's Gemini API. The client sends the key in the {@code x-goog-api-key} header, never as
     * a {@code key=} query parameter, so no URL it logs or quotes carries it; request logging stays off.
     */
    private static ChatModel gemini(ModelEndpoint endpoint, ModelOptions options) {
        return GoogleAiGeminiChatModel.builder()
                .httpClientBuilder(http11(options))
                .baseUrl(endpoint.baseUrl())
                .apiKey(endpoint.apiKey())
                .modelName(endpoint.spec().name())
                .timeout(options.timeout())
                .maxRetries(0) // retried by ModelCalls under the run's one policy, never stacked with the client's own
                .build();
    }

    /**
     * HTTP/1.1 for every provider: over plain http the JDK client would otherwise offer an h2c upgrade,
     * which vLLM rejects and LM Studio hangs on (also when OPENAI_BASE_URL points at such a server).
     * Naming the JDK client also keeps LangChain4j's ServiceLoader lookup out of the way.
     */
    private static HttpClientBuilder http11(ModelOptions options) {
        return JdkHttpClient.builder()
                .httpClientBuilder(RetryAfterRecorder.builder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)))
                .connectTimeout(options.timeout())
                .readTimeout(options.timeout());
    }
}
