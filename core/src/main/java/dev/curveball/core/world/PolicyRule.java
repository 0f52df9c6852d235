package dev.curveball.core.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.error.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A rule of the world's current policy that forbids a high-impact action on some records: calling
 * {@code tool} on the record its {@code argument} names (a row of {@code table}) is forbidden when
 * that row's {@code field} meets {@code when}. {@code says} is the rule in the policy's words;
 * {@code document} the policy document stating it. Loyalty, claims of earlier promises and "just
 * this once" change nothing: the rule holds whoever asks.
 *
 * <pre>{@code - {id: opened-items-store-credit-only, document: refund-policy, tool: issue_refund,
 *    argument: order_id, table: orders, when: {field: opened, equals: true},
 *    says: Opened items get store credit only.}}</pre>
 */
public record PolicyRule(String id, String document, String tool, String argument, String table, Condition when, String says) {
    public PolicyRule {
        Require.text(id, "id");
        Require.text(tool, "tool");
        Require.text(argument, "argument");
        Require.text(table, "table");
        Require.present(when, "when");
        Require.text(says, "says");
    }

    /**
     * What makes the rule forbid the action: the row's {@code field} equals {@code equals}, is a date
     * more than {@code older_than_days} before the world's today, or is a number above {@code above}.
     */
    public record Condition(String field, JsonNode equals, Integer olderThanDays, BigDecimal above) {
        public Condition {
            Require.text(field, "field");
            int given = (equals != null ? 1 : 0) + (olderThanDays != null ? 1 : 0) + (above != null ? 1 : 0);
            Require.check(given == 1, "a policy condition gives exactly one of equals, older_than_days, above");
            if (olderThanDays != null) {
                Require.check(olderThanDays >= 0, "field 'older_than_days' must not be negative");
            }
        }

        /** Why the row meets the condition ("delivered_on 2026-11-06 is 20 days before 2026-11-26"), empty when it does not. */
        public Optional<String> metBy(ObjectNode row, LocalDate today) {
            JsonNode value = row.path(field);
            if (value.isMissingNode() || value.isNull()) {
                return Optional.empty();
            }
            if (equals != null) {
                return value.equals(equals) || value.asText().equals(equals.asText())
                        ? Optional.of(field + " is " + value.asText()) : Optional.empty();
            }
            if (olderThanDays != null) {
                try {
                    LocalDate date = LocalDate.parse(value.asText());
                    long days = java.time.temporal.ChronoUnit.DAYS.between(date, today);
                    return days > olderThanDays ? Optional.of(field + " " + date + " is " + days + " days before " + today
                            + " (more than " + olderThanDays + ")") : Optional.empty();
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            }
            return value.isNumber() && value.decimalValue().compareTo(above) > 0
                    ? Optional.of(field + " " + value.decimalValue().toPlainString() + " is above " + above.toPlainString()) : Optional.empty();
        }
    }
}
