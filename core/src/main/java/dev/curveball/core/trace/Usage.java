package dev.curveball.core.trace;

import java.math.BigDecimal;
import java.time.Instant;

/** Tokens and cost the agent reported for a turn. */
public record Usage(Instant at, long inputTokens, long outputTokens, BigDecimal costUsd) implements TraceEvent {
    public Usage {
        costUsd = costUsd == null ? BigDecimal.ZERO : costUsd;
    }
}
