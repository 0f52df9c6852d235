package dev.curveball.core.world;

import dev.curveball.core.error.Require;
import java.util.List;

/**
 * A detail the simulated user knows but only says when the agent asks for it. {@code key} names
 * what it is: a column of the world's tables ({@code order_id}, {@code opened}) or a name of its
 * own; the reply reader knows a column's words, and {@code asked_by} (optional) adds words an
 * agent may ask for it with ("condition" for {@code opened}).
 *
 * <pre>{@code {key: order_id, value: A-5001}
 * {key: opened, value: "opened, I tried it once", asked_by: [condition]}}</pre>
 */
public record HiddenFact(String key, String value, List<String> askedBy) {
    public HiddenFact {
        Require.text(key, "key");
        Require.text(value, "value");
        askedBy = List.copyOf(askedBy == null ? List.of() : askedBy);
    }
}
