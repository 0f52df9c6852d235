package dev.curveball.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import java.util.Set;

/**
 * Calls a tool again with the same arguments when it fails, up to a number of attempts. The naive
 * agent hammers a failing tool; the careful one retries a transient failure once and then stops.
 *
 * <pre>{@code ToolClient reads = RetryingToolClient.onceOnTransientFailure(tools);}</pre>
 */
final class RetryingToolClient implements ToolClient {
    /** Rate limits, failures and timeouts may pass; a 403 or 404 will answer the same again. */
    private static final Set<Integer> TRANSIENT = Set.of(429, 500, 502, 503, 504);

    private final ToolClient tools;
    private final int maxAttempts;
    private final boolean retryEveryFailure;

    private RetryingToolClient(ToolClient tools, int maxAttempts, boolean retryEveryFailure) {
        this.tools = tools;
        this.maxAttempts = maxAttempts;
        this.retryEveryFailure = retryEveryFailure;
    }

    /** Up to {@code maxAttempts} identical calls whatever the failure, as a hurried agent does. */
    static RetryingToolClient stubborn(ToolClient tools, int maxAttempts) {
        return new RetryingToolClient(tools, maxAttempts, true);
    }

    /** At most two identical calls, and only when the first failure may be transient. */
    static RetryingToolClient onceOnTransientFailure(ToolClient tools) {
        return new RetryingToolClient(tools, 2, false);
    }

    @Override
    public ToolResponse call(String tool, JsonNode arguments) {
        ToolResponse response = tools.call(tool, arguments);
        for (int attempt = 2; attempt <= maxAttempts && shouldRetry(response); attempt++) {
            response = tools.call(tool, arguments);
        }
        return response;
    }

    private boolean shouldRetry(ToolResponse response) {
        return !response.ok() && (retryEveryFailure || TRANSIENT.contains(response.status()));
    }
}
