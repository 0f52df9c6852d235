package dev.curveball.core.cost;

import java.math.BigDecimal;

/**
 * What one role spent: tokens in and out, the USD of the tokens that could be priced, and how many
 * tokens could not be ({@code unpriced_tokens}: their model is not in the price table and nobody
 * reported their cost). A role whose every token is unpriced has no cost to show, not a cost of 0.
 *
 * <pre>{@code {"input_tokens":1800,"output_tokens":120,"usd":0.00034,"unpriced_tokens":0}}</pre>
 */
public record RoleCost(long inputTokens, long outputTokens, BigDecimal usd, long unpricedTokens) {
    public static final RoleCost NONE = new RoleCost(0, 0, BigDecimal.ZERO, 0);

    public RoleCost {
        usd = usd == null ? BigDecimal.ZERO : usd.stripTrailingZeros();
    }

    /** Tokens priced at {@code usd}, or unpriced when {@code usd} is null. */
    public static RoleCost of(long input, long output, BigDecimal usd) {
        return new RoleCost(input, output, usd == null ? BigDecimal.ZERO : usd, usd == null ? input + output : 0);
    }

    public RoleCost plus(RoleCost other) {
        return new RoleCost(inputTokens + other.inputTokens, outputTokens + other.outputTokens, usd.add(other.usd),
                unpricedTokens + other.unpricedTokens);
    }

    public long tokens() {
        return inputTokens + outputTokens;
    }

    /** Whether some of these tokens have no price. */
    public boolean partlyUnpriced() {
        return unpricedTokens > 0;
    }

    /** "$0.0123", "unpriced", "$0.0123 + unpriced", or "$0" when nothing was spent. */
    public String describeUsd() {
        if (unpricedTokens > 0 && unpricedTokens == tokens()) {
            return "unpriced";
        }
        String dollars = "$" + Money.usd(usd);
        return unpricedTokens > 0 ? dollars + " + unpriced" : dollars;
    }
}
