package dev.curveball.runner.agent;

import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How Curveball talks to the agent under test: how long one turn may take, the extra headers an
 * HTTP agent gets on every request, whether it is told when a conversation has ended
 * ({@code conversation_end}, see {@link HttpAgentAdapter#conversationEnded}), the environment a
 * hosted model agent's key and base URL are read from (see {@link ModelAgentAdapter}), how a turn
 * an HTTP agent answered 429 or 5xx is retried within the turn timeout ({@code retry}), and how
 * many turns it may be sent a minute and at once ({@code limits}; see docs/limits.md).
 *
 * <pre>{@code new AgentSettings(Duration.ofSeconds(60), headers, true)
 * AgentSettings.of(Duration.ofSeconds(60))   // no headers, end notices on, the default retries, no limits
 * AgentSettings.of(timeout).withLimits(RetryPolicy.never(), new RequestLimits(120, 4))}</pre>
 */
public record AgentSettings(Duration turnTimeout, AgentHeaders headers, boolean endNotice, Map<String, String> environment,
                            RetryPolicy retry, RequestLimits limits) {
    public AgentSettings {
        Objects.requireNonNull(turnTimeout, "turnTimeout");
        headers = headers == null ? AgentHeaders.NONE : headers;
        environment = environment == null ? System.getenv() : Map.copyOf(environment);
        retry = retry == null ? RetryPolicy.defaults() : retry;
        limits = limits == null ? RequestLimits.NONE : limits;
    }

    /** The process environment, the default retries ({@link RetryPolicy#defaults()}) and no limits. */
    public AgentSettings(Duration turnTimeout, AgentHeaders headers, boolean endNotice) {
        this(turnTimeout, headers, endNotice, null, null, null);
    }

    /** The default retries and no limits. */
    public AgentSettings(Duration turnTimeout, AgentHeaders headers, boolean endNotice, Map<String, String> environment) {
        this(turnTimeout, headers, endNotice, environment, null, null);
    }

    /** The process environment. */
    public AgentSettings(Duration turnTimeout, AgentHeaders headers, boolean endNotice, RetryPolicy retry, RequestLimits limits) {
        this(turnTimeout, headers, endNotice, null, retry, limits);
    }

    public static AgentSettings of(Duration turnTimeout) {
        return new AgentSettings(turnTimeout, AgentHeaders.NONE, true);
    }

    /** These settings, a hosted model agent's key and base URL read from {@code values} (a test's, say). */
    public AgentSettings withEnvironment(Map<String, String> values) {
        return new AgentSettings(turnTimeout, headers, endNotice, values, retry, limits);
    }

    /** These settings with {@code retryPolicy} for a turn answered 429 or 5xx, and {@code requestLimits} on turns sent. */
    public AgentSettings withLimits(RetryPolicy retryPolicy, RequestLimits requestLimits) {
        return new AgentSettings(turnTimeout, headers, endNotice, environment, retryPolicy, requestLimits);
    }
}
