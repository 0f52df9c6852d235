package dev.curveball.core.world;

import dev.curveball.core.error.Require;
import java.math.BigDecimal;

/**
 * When a high-impact tool needs an approval first: the {@code amount} argument above {@code above}
 * needs an approval with status {@code approved}, obtained through tool {@code via}, whose
 * {@code match} argument equals this call's.
 *
 * <pre>{@code approval: {above: 100.00, amount: amount, match: order_id, via: request_approval}}</pre>
 */
public record ApprovalRule(BigDecimal above, String amount, String match, String via) {
    public ApprovalRule {
        Require.present(above, "above");
        Require.text(amount, "amount");
        Require.text(match, "match");
        Require.text(via, "via");
    }
}
