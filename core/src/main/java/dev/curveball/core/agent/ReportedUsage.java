package dev.curveball.core.agent;

import java.math.BigDecimal;

/** Tokens and cost an agent reports for a turn (optional in the protocol). */
public record ReportedUsage(long inputTokens, long outputTokens, BigDecimal costUsd) {
    public ReportedUsage {
        costUsd = costUsd == null ? BigDecimal.ZERO : costUsd;
    }
}
