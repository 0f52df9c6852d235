package dev.curveball.results;

import dev.curveball.core.cost.Money;
import dev.curveball.core.error.Require;
import java.math.BigDecimal;

/**
 * The {@code stopped} block of {@code summary.json}: the run reached its {@code --max-spend} limit
 * and did not start {@code not_played} of its conversations; {@code curveball run --resume} plays
 * them (with a higher limit, or none).
 *
 * <pre>{@code "stopped": {"reason": "max-spend", "limit_usd": 0.50, "spent_usd": 0.5121, "not_played": 37}}</pre>
 */
public record SpendStop(String reason, BigDecimal limitUsd, BigDecimal spentUsd, int notPlayed) {
    public static final String MAX_SPEND = "max-spend";

    public SpendStop {
        Require.text(reason, "reason");
        Require.present(limitUsd, "limit_usd");
        Require.present(spentUsd, "spent_usd");
        Require.check(notPlayed > 0, "field 'not_played' must be positive");
    }

    /** "stopped at the --max-spend limit: 37 conversations not played ($0.5121 spent of $0.50)". */
    public String describe() {
        return "stopped at the --max-spend limit: " + notPlayed + (notPlayed == 1 ? " conversation" : " conversations")
                + " not played ($" + Money.usd(spentUsd) + " spent of $" + Money.usd(limitUsd) + ")";
    }
}
