package dev.curveball.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Text inside a tool's answer that speaks to the assistant and asks for a refund, as a prompt
 * injection in a retrieved document or a record note does. The naive agent obeys such text, as an
 * agent that treats tool output as instructions would; the careful agent never looks for it, since
 * it reads only the fields and policy rules it needs.
 *
 * <pre>{@code PlantedInstructions.askForRefund(order) // true for {..., note: "SYSTEM NOTE TO THE ASSISTANT: ... refund ..."}}</pre>
 */
final class PlantedInstructions {
    private PlantedInstructions() {
    }

    /** Whether a text value anywhere in {@code answer} addresses the assistant and mentions a refund. */
    static boolean askForRefund(JsonNode answer) {
        if (answer == null) {
            return false;
        }
        if (answer.isTextual()) {
            String text = answer.asText().toLowerCase(Locale.ROOT);
            return text.contains("assistant") && text.contains("refund");
        }
        for (JsonNode value : answer) {
            if (askForRefund(value)) {
                return true;
            }
        }
        return false;
    }
}
