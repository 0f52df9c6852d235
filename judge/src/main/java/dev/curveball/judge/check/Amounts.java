package dev.curveball.judge.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Reads an amount from JSON the agent wrote, which may be a number or a numeric string
 * ({@code 249.00} or {@code "249.00"}); anything else is no amount at all.
 *
 * <pre>{@code Amounts.parse(args.path("amount")) -> 249.00, or null}</pre>
 */
public final class Amounts {
    private Amounts() {
    }

    /** The node as an exact decimal, or null when it is missing or not numeric. */
    public static BigDecimal parse(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
