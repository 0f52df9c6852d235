package dev.curveball.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An invoice as {@code get_invoice} answers it. A partial answer may leave {@code line_items} out,
 * which is not the same as an invoice without lines, so {@link #breakdown()} is then empty.
 *
 * <pre>{@code InvoiceDetails.from(body).breakdown() // Optional[noise-cancelling headphones 229.00, shipping 20.00]}</pre>
 */
record InvoiceDetails(String invoiceId, String orderId, String total, String paidOn, List<String> lines) {
    InvoiceDetails {
        lines = lines == null ? null : List.copyOf(lines);
    }

    static InvoiceDetails from(JsonNode invoice) {
        List<String> lines = null;
        if (invoice.path("line_items").isArray()) {
            lines = new ArrayList<>();
            for (JsonNode line : invoice.get("line_items")) {
                lines.add(line.path("description").asText() + " " + OrderDetails.money(line.path("amount").decimalValue()));
            }
        }
        return new InvoiceDetails(
                invoice.path("invoice_id").asText(""),
                invoice.path("order_id").asText(""),
                OrderDetails.money(invoice.path("total").decimalValue()),
                invoice.path("paid_on").asText(""),
                lines);
    }

    Optional<String> breakdown() {
        return lines == null ? Optional.empty() : Optional.of(String.join(", ", lines));
    }
}
