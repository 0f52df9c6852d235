package dev.curveball.core.cost;

import dev.curveball.core.error.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What one model costs: USD per 1,000,000 input and output tokens. {@code model} {@code *}
 * prices every model of the provider (local servers: 0).
 *
 * <pre>{@code - {provider: openai, model: gpt-4o-mini, input_per_million: 0.15, output_per_million: 0.60}}</pre>
 */
public record Price(String provider, String model, BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
    public static final String ANY_MODEL = "*";
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public Price {
        Require.text(provider, "provider");
        Require.text(model, "model");
        notNegative(Require.present(inputPerMillion, "input_per_million"), "input_per_million");
        notNegative(Require.present(outputPerMillion, "output_per_million"), "output_per_million");
    }

    private static void notNegative(BigDecimal value, String field) {
        Require.check(value.signum() >= 0, "field '" + field + "' must not be negative, was " + value.toPlainString());
    }

    /** The cost of {@code input} and {@code output} tokens, in USD, to 10 decimal places. */
    public BigDecimal cost(long input, long output) {
        BigDecimal usd = inputPerMillion.multiply(BigDecimal.valueOf(input)).add(outputPerMillion.multiply(BigDecimal.valueOf(output)));
        return usd.divide(MILLION, 10, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
