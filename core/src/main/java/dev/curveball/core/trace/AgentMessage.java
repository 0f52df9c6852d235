package dev.curveball.core.trace;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.curveball.core.reading.ReplyReading;
import java.time.Instant;

/**
 * The agent's reply to a user turn, how long the agent took for the whole turn, and what the reply
 * does as the run's reply reader read it ({@code reading}; null in traces written before replies
 * were read in the run). The simulated user reacted to that reading and the judge reuses it, so a
 * reply means the same to both.
 */
public record AgentMessage(Instant at, String text, long latencyMs, @JsonInclude(JsonInclude.Include.NON_NULL) ReplyReading reading)
        implements TraceEvent {
    public AgentMessage(Instant at, String text, long latencyMs) {
        this(at, text, latencyMs, null);
    }
}
