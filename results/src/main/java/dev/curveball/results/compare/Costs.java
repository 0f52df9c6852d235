package dev.curveball.results.compare;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What the agent reported spending (its {@code usage} events), summed over the paired
 * conversations of each run, and how many of them reported any. A run whose agent reports no usage
 * has no cost to compare; that is said, never shown as 0.
 */
public record Costs(BigDecimal totalA, BigDecimal totalB, int reportingA, int reportingB, int conversations) {

    public boolean reported() {
        return reportingA > 0 || reportingB > 0;
    }

    /** {@code $0.1200 -> $0.1500 (+$0.0300) over 40 paired conversations}, or why there is nothing to compare. */
    public String describe() {
        if (!reported()) {
            return "not reported (the agent sent no usage in either run)";
        }
        return String.format(Locale.ROOT, "$%.4f -> $%.4f (%s$%.4f) over %d paired conversations (usage reported by %d in A, %d in B)",
                totalA, totalB, totalB.compareTo(totalA) < 0 ? "-" : "+", totalB.subtract(totalA).abs(), conversations, reportingA, reportingB);
    }
}
