package dev.curveball.core.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Dollar amounts for people: cents for a dollar and up, four significant digits below a dollar. */
public final class Money {
    private Money() {
    }

    /** {@code 12.35}, {@code 0.004213}, {@code 0}: without the dollar sign. */
    public static String usd(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        if (value.abs().compareTo(BigDecimal.ONE) >= 0) {
            return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        return value.round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }
}
