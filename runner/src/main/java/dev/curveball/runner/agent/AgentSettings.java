package dev.curveball.runner.agent;

import java.time.Duration;
import java.util.Objects;

/**
 * How Curveball talks to the agent under test: how long one turn may take, the extra headers an
 * HTTP agent gets on every request, and whether it is told when a conversation has ended
 * ({@code conversation_end}, see {@link HttpAgentAdapter#conversationEnded}).
 *
 * <pre>{@code new AgentSettings(Duration.ofSeconds(60), headers, true)
 * AgentSettings.of(Duration.ofSeconds(60))   // no headers, end notices on}</pre>
 */
public record AgentSettings(Duration turnTimeout, AgentHeaders headers, boolean endNotice) {
    public AgentSettings {
        Objects.requireNonNull(turnTimeout, "turnTimeout");
        headers = headers == null ? AgentHeaders.NONE : headers;
    }

    public static AgentSettings of(Duration turnTimeout) {
        return new AgentSettings(turnTimeout, AgentHeaders.NONE, true);
    }
}
