package dev.curveball.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * An order as {@code get_order} or {@code list_orders} answers it. Fields a partial answer leaves
 * out read as unknown (empty item, null date), never as an exception.
 *
 * <pre>{@code OrderDetails order = OrderDetails.from(tools.call("get_order", args).body());
 * order.daysSinceDelivery(AcmeClock.TODAY) // Optional[10]}</pre>
 */
record OrderDetails(
        String orderId,
        String customerId,
        String item,
        BigDecimal amount,
        LocalDate deliveredOn,
        String status,
        boolean opened) {

    static OrderDetails from(JsonNode order) {
        String delivered = order.path("delivered_on").asText("");
        return new OrderDetails(
                order.path("order_id").asText(""),
                order.path("customer_id").asText(""),
                order.path("item").asText(""),
                order.path("amount").decimalValue(),
                delivered.isEmpty() ? null : LocalDate.parse(delivered),
                order.path("status").asText(""),
                order.path("opened").asBoolean(false));
    }

    Optional<Long> daysSinceDelivery(LocalDate today) {
        return Optional.ofNullable(deliveredOn).map(d -> ChronoUnit.DAYS.between(d, today));
    }

    /** {@code 249.00}: money as the world writes it. */
    String amountText() {
        return money(amount);
    }

    /** {@code order A-5001 (noise-cancelling headphones)}, or without the item when it is unknown. */
    String label() {
        return item.isEmpty() ? "order " + orderId : "order " + orderId + " (" + item + ")";
    }

    static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
