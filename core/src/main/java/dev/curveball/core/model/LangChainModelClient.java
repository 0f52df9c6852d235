package dev.curveball.core.model;

import dev.curveball.core.limit.CallLimits;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.Optional;

/**
 * A {@link ModelClient} over a LangChain4j chat model, answered from the cache when it holds the
 * same call, each call made under its endpoint's limits and retry policy ({@link ModelCalls}).
 * Immutable, so one instance serves parallel conversations.
 */
final class LangChainModelClient implements ModelClient {
    private final ModelEndpoint endpoint;
    private final ChatModel chat;
    private final ModelCache cache;
    private final ModelFailures failures;
    private final CallLimits limits;

    LangChainModelClient(ModelEndpoint endpoint, ModelOptions options, ModelCache cache, CallLimits limits) {
        this.endpoint = endpoint;
        this.chat = ChatModels.build(endpoint, options);
        this.cache = cache;
        this.failures = new ModelFailures(endpoint, options);
        this.limits = limits;
    }

    @Override
    public ModelSpec spec() {
        return endpoint.spec();
    }

    /**
     * The reply's text, from the cache or the server. A structured reply is checked against its
     * schema and stored only when it conforms, so that asking again after a broken reply reaches the
     * model instead of replaying the broken one; judging the reply stays the caller's job.
     */
    @Override
    public ModelReply complete(ModelRequest request) {
        String key = CacheKey.of(endpoint, request);
        Optional<ModelReply> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        ModelReply reply = call(request);
        if (request.responseSchema() == null || request.responseSchema().check(reply.text()).conforms()) {
            cache.put(key, reply);
        }
        return reply;
    }

    private ModelReply call(ModelRequest request) {
        ChatResponse response;
        try {
            response = ModelCalls.call(limits, failures, request.purpose(), () -> chat.chat(ChatRequests.of(endpoint, request)));
        } catch (RuntimeException e) {
            throw withRetryAfter(e);
        }
        // A server that echoes the key (or any key) in its reply must not put it in a trace, a verdict or the cache.
        String text = KeyMask.mask(response == null || response.aiMessage() == null ? null : response.aiMessage().text(), endpoint.apiKey());
        if (text == null || text.isBlank()) {
            throw ModelFailures.badReply(endpoint.describe() + " (" + request.purpose() + ")", "the reply has no text", null);
        }
        TokenUsage usage = response.tokenUsage();
        return new ModelReply(text, count(usage == null ? null : usage.inputTokenCount()),
                count(usage == null ? null : usage.outputTokenCount()), false);
    }

    /** A 429's failure carries the wait the server last asked for, so a caller deciding what to do next knows it. */
    private static RuntimeException withRetryAfter(RuntimeException failure) {
        if (failure instanceof ModelFailure f && f.kind() == ModelFailure.Kind.RATE_LIMITED && RetryAfterRecorder.last().isPresent()) {
            return new ModelFailure(f.kind(), f.getMessage(), f.getCause(), RetryAfterRecorder.last().get());
        }
        return failure;
    }

    private static long count(Integer tokens) {
        return tokens == null ? 0 : tokens;
    }

    @Override
    public String toString() {
        return endpoint.toString();
    }
}
