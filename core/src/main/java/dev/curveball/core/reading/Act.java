package dev.curveball.core.reading;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.curveball.core.error.Require;

/**
 * One thing a reply does: its kind and what it is about. {@code tool} names the world's tool whose
 * action it is (null when no tool does it), {@code entity} the record's id, {@code field} the column
 * asserted or asked for, {@code value} the value as the world stores it. {@code quote} is the
 * sentence of the reply the act was read from, the evidence a report shows.
 *
 * <pre>{@code new Act(ActKind.DONE, "issue_refund", "A-5001", null, null, "Your refund for A-5001 has been issued.")
 * Act.asks("order_id", "What's your order number?")}</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Act(ActKind act, String tool, String entity, String field, String value, String quote) {
    public Act {
        Require.present(act, "act");
        tool = blankToNull(tool);
        entity = blankToNull(entity);
        field = blankToNull(field);
        value = blankToNull(value);
        quote = blankToNull(quote);
    }

    public static Act of(ActKind kind, String quote) {
        return new Act(kind, null, null, null, null, quote);
    }

    public static Act action(ActKind kind, String tool, String entity, String quote) {
        return new Act(kind, tool, entity, null, null, quote);
    }

    public static Act asks(String field, String quote) {
        return new Act(ActKind.ASKS, null, null, field, null, quote);
    }

    public static Act asserts(String entity, String field, String value, String quote) {
        return new Act(ActKind.ASSERTS, null, entity, field, value, quote);
    }

    /** The same act without its evidence, for comparing what two readings say. */
    public Act withoutQuote() {
        return new Act(act, tool, entity, field, value, null);
    }

    public boolean is(ActKind kind) {
        return act == kind;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
