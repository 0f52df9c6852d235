package dev.curveball.core.model;

import dev.curveball.core.error.Require;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import dev.curveball.core.limit.CallLimits;
import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;
import java.util.List;
import java.util.Map;

/**
 * A model that may answer with tool calls, for a tool loop Curveball runs itself (the hosted model
 * agent). Built by the same provider code as {@link Models#open} (same environment variables,
 * HTTP/1.1, key handling), but never cached: an agent's reply is what is under test. A failed call
 * is a {@link ModelFailure} naming the model and where it is served, never the key. Safe to share
 * between threads.
 *
 * <pre>{@code ToolCallingModel model = ToolCallingModel.open(ModelSpec.parse("openai:gpt-4o"), System.getenv(), options);
 * ToolCallingModel.Reply reply = model.chat(messages, toolSpecs, 0.2, 1024, "agent gpt4o-v2");
 * reply.message().hasToolExecutionRequests();}</pre>
 */
public final class ToolCallingModel {
    private final ModelEndpoint endpoint;
    private final ChatModel chat;
    private final ModelFailures failures;
    private final CallLimits limits;

    private ToolCallingModel(ModelEndpoint endpoint, ModelOptions options, ModelLimits limits) {
        this.endpoint = endpoint;
        this.chat = ChatModels.build(endpoint, options);
        this.failures = new ModelFailures(endpoint, options);
        this.limits = limits.of(endpoint);
    }

    /** A missing key or malformed variable fails here, before any call, as {@link ModelFailure.Kind#CONFIGURATION}. */
    public static ToolCallingModel open(ModelSpec spec, Map<String, String> environment, ModelOptions options) {
        return open(spec, environment, options, ModelLimits.of(RetryPolicy.defaults(), RequestLimits.NONE));
    }

    /**
     * As {@link #open(ModelSpec, Map, ModelOptions)}, every call paced and retried under
     * {@code limits} (LangChain4j's own retries are off, so none are stacked).
     */
    public static ToolCallingModel open(ModelSpec spec, Map<String, String> environment, ModelOptions options, ModelLimits limits) {
        Require.present(spec, "model");
        Require.present(environment, "environment");
        Require.present(options, "options");
        Require.present(limits, "limits");
        return new ToolCallingModel(ModelEndpoint.resolve(spec, environment), options, limits);
    }

    /** The model's answer to one call, its text masked of anything key-shaped, and the tokens the server counted (0 when it sent none). */
    public record Reply(AiMessage message, long inputTokens, long outputTokens) {
    }

    public ModelSpec spec() {
        return endpoint.spec();
    }

    /** {@code openai:gpt-4o at https://api.openai.com/v1}: how errors name the model. */
    public String describe() {
        return endpoint.describe();
    }

    /**
     * One call: {@code messages} with {@code tools} offered (none when empty). {@code purpose} names
     * the call in errors. Throws {@link ModelFailure} when the server fails, times out or answers
     * something that is not a reply.
     */
    public Reply chat(List<ChatMessage> messages, List<ToolSpecification> tools, double temperature, int maxOutputTokens,
                      String purpose) {
        ChatRequest.Builder request = ChatRequest.builder()
                .messages(messages)
                .parameters(ChatRequests.parameters(endpoint, temperature, maxOutputTokens, null, null));
        if (!tools.isEmpty()) {
            request.toolSpecifications(tools);
        }
        ChatRequest built = request.build();
        ChatResponse response = ModelCalls.call(limits, failures, purpose, () -> chat.chat(built));
        if (response == null || response.aiMessage() == null) {
            throw ModelFailures.badReply(describe() + " (" + purpose + ")", "the reply has no message", null);
        }
        TokenUsage usage = response.tokenUsage();
        return new Reply(masked(response.aiMessage()), count(usage == null ? null : usage.inputTokenCount()),
                count(usage == null ? null : usage.outputTokenCount()));
    }

    /** A server that echoes the key (or any key) in its reply must not put it in a trace. */
    private AiMessage masked(AiMessage message) {
        String text = message.text();
        String masked = KeyMask.mask(text, endpoint.apiKey());
        if (text == null || text.equals(masked)) {
            return message;
        }
        return message.hasToolExecutionRequests() ? AiMessage.from(masked, message.toolExecutionRequests()) : AiMessage.from(masked);
    }

    private static long count(Integer tokens) {
        return tokens == null ? 0 : tokens;
    }

    @Override
    public String toString() {
        return endpoint.toString();
    }
}
