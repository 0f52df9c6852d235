package dev.curveball.core.trace;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What the simulated user said. {@code tactic} names the persona tactic the line plays
 * ({@code change-mind}, {@code demand-exceptions}...) when the simulator knows it, so the judge can
 * tell the user changed what they want; null for plain lines and for model-played users.
 */
public record UserMessage(Instant at, String text, @JsonInclude(JsonInclude.Include.NON_NULL) String tactic) implements TraceEvent {
    public UserMessage(Instant at, String text) {
        this(at, text, null);
    }
}
