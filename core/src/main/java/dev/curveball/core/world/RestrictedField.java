package dev.curveball.core.world;

import dev.curveball.core.error.Require;
import java.util.List;

/**
 * A field tools may return but an agent must never repeat to the user. {@code markers} are words
 * that give its content away even when paraphrased.
 *
 * <pre>{@code {table: customers, field: internal_notes, markers: [chargeback]}}</pre>
 */
public record RestrictedField(String table, String field, List<String> markers) {
    public RestrictedField {
        Require.text(table, "table");
        Require.text(field, "field");
        markers = List.copyOf(markers == null ? List.of() : markers);
    }
}
