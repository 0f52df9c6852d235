package dev.curveball.core.agent;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Tokens and cost an agent reports for a turn (optional in the protocol), and optionally the model
 * that spent them ({@code provider:name}): a turn with tokens but no {@code cost_usd} is priced from
 * the price table by that model, and is unpriced without one. Usage is data to check,
 * not to trust: a count below zero or above {@link #MAX_TOKENS}, or a cost below zero or above
 * {@link #MAX_COST_USD}, is refused with {@link Invalid}, and the turn becomes an agent protocol
 * error rather than a negative (or astronomical) spend in the report.
 *
 * <pre>{@code new ReportedUsage(120, 30, new BigDecimal("0.0004"));   // fine
 * new ReportedUsage(120, 30, null, "openai:gpt-4o-mini");   // priced from the price table
 * new ReportedUsage(-5, 30, null);  // Invalid: usage.input_tokens must be between 0 and 1000000000, was -5}</pre>
 */
public record ReportedUsage(long inputTokens, long outputTokens, BigDecimal costUsd, String model) {
    /** More tokens than any model reads or writes in one turn. */
    public static final long MAX_TOKENS = 1_000_000_000L;
    /** More than any one turn of a sane agent costs. */
    public static final BigDecimal MAX_COST_USD = new BigDecimal("1000");

    public ReportedUsage {
        tokens("input_tokens", BigDecimal.valueOf(inputTokens));
        tokens("output_tokens", BigDecimal.valueOf(outputTokens));
        costUsd = costUsd == null ? null : cost(costUsd);
        model = model == null || model.isBlank() ? null : model;
    }

    /** Usage without a model; a null cost means the agent reported none. */
    public ReportedUsage(long inputTokens, long outputTokens, BigDecimal costUsd) {
        this(inputTokens, outputTokens, costUsd, null);
    }

    /** Usage an agent reported that cannot be true: names the protocol field and the value. */
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public Invalid(String message) {
            super(message);
        }
    }

    /** {@code value} as a token count, or {@link Invalid} naming {@code usage.<field>}. */
    public static long tokens(String field, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(MAX_TOKENS)) > 0) {
            throw new Invalid("usage." + field + " must be between 0 and " + MAX_TOKENS + ", was " + shown(value));
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new Invalid("usage." + field + " must be a whole number of tokens, was " + shown(value));
        }
        return value.longValueExact();
    }

    /** {@code value} as a cost in USD, or {@link Invalid} naming {@code usage.cost_usd}. */
    public static BigDecimal cost(BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(MAX_COST_USD) > 0) {
            throw new Invalid("usage.cost_usd must be between 0 and " + MAX_COST_USD + " USD per turn, was " + shown(value));
        }
        return value;
    }

    /** A value short enough for one line: 10^300 written out in full is 301 digits. */
    private static String shown(BigDecimal value) {
        String plain = value.toString();
        return plain.length() <= 24 ? plain : value.round(new MathContext(4)).toString();
    }
}
