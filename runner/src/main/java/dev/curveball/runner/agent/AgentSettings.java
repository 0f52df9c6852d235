package dev.curveball.runner.agent;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How Curveball talks to the agent under test: how long one turn may take, the extra headers an
 * HTTP agent gets on every request, and whether it is told when a conversation has ended
 * ({@code conversation_end}, see {@link HttpAgentAdapter#conversationEnded}), and the environment a
 * hosted model agent's key and base URL are read from (see {@link ModelAgentAdapter}).
 *
 * <pre>{@code new AgentSettings(Duration.ofSeconds(60), headers, true)
 * AgentSettings.of(Duration.ofSeconds(60))   // no headers, end notices on}</pre>
 */
public record AgentSettings(Duration turnTimeout, AgentHeaders headers, boolean endNotice, Map<String, String> environment) {
    public AgentSettings {
        Objects.requireNonNull(turnTimeout, "turnTimeout");
        headers = headers == null ? AgentHeaders.NONE : headers;
        environment = environment == null ? System.getenv() : Map.copyOf(environment);
    }

    /** With the process environment. */
    public AgentSettings(Duration turnTimeout, AgentHeaders headers, boolean endNotice) {
        this(turnTimeout, headers, endNotice, null);
    }

    public static AgentSettings of(Duration turnTimeout) {
        return new AgentSettings(turnTimeout, AgentHeaders.NONE, true);
    }

    /** These settings, a hosted model agent's key and base URL read from {@code values} (a test's, say). */
    public AgentSettings withEnvironment(Map<String, String> values) {
        return new AgentSettings(turnTimeout, headers, endNotice, values);
    }
}
