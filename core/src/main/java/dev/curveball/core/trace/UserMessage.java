package dev.curveball.core.trace;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What the simulated user said. {@code tactic} names the persona tactic the line plays
 * ({@code change-mind}, {@code demand-exceptions}...) when the simulator knows it, so the judge can
 * tell the user changed what they want; null for plain lines and for model-played users.
 * {@code replay} is set only when a golden case is replayed: {@code replayed} for a recorded turn,
 * {@code reactive} for a turn the simulator chose once the agent answered differently.
 */
public record UserMessage(Instant at, String text, @JsonInclude(JsonInclude.Include.NON_NULL) String tactic,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String replay) implements TraceEvent {
    /** {@code replay} for a recorded turn a golden case replayed. */
    public static final String REPLAYED = "replayed";
    /** {@code replay} for a turn played reactively after the agent answered differently from the recording. */
    public static final String REACTIVE = "reactive";

    public UserMessage(Instant at, String text) {
        this(at, text, null, null);
    }

    public UserMessage(Instant at, String text, String tactic) {
        this(at, text, tactic, null);
    }
}
