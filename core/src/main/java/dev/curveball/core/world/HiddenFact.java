package dev.curveball.core.world;

import dev.curveball.core.error.Require;
import java.util.List;

/**
 * A detail the simulated user knows but only says when the agent asks for it: the agent's reply
 * must contain one of {@code asked_by} (case-insensitive).
 *
 * <pre>{@code {key: order_id, value: A-5001, asked_by: [order number, order id, which order]}}</pre>
 */
public record HiddenFact(String key, String value, List<String> askedBy) {
    public HiddenFact {
        Require.text(key, "key");
        Require.text(value, "value");
        askedBy = List.copyOf(Require.nonEmpty(askedBy, "asked_by"));
    }
}
