package dev.curveball.core.world;

import dev.curveball.core.error.Require;
import java.util.List;

/**
 * A fault the gateway injects into one tool: on the listed call numbers of that tool in a
 * conversation (1-based; empty means every call).
 *
 * <pre>{@code {tool: get_invoice, calls: [1], kind: timeout, delay_ms: 200}
 * {tool: get_invoice, calls: [2], kind: partial-data, drop_fields: [line_items]}}</pre>
 */
public record FaultSpec(String tool, List<Integer> calls, FaultKind kind, Integer delayMs, List<String> dropFields) {
    public FaultSpec {
        Require.text(tool, "tool");
        Require.present(kind, "kind");
        calls = List.copyOf(calls == null ? List.of() : calls);
        calls.forEach(c -> Require.positive(c, "calls"));
        dropFields = List.copyOf(dropFields == null ? List.of() : dropFields);
        if (kind == FaultKind.PARTIAL_DATA) {
            Require.nonEmpty(dropFields, "drop_fields");
        }
        if (delayMs != null && delayMs < 0) {
            throw new IllegalArgumentException("field 'delay_ms' must not be negative");
        }
    }

    /** Whether this fault fires on the {@code n}th call (1-based) of its tool. */
    public boolean firesOn(int n) {
        return calls.isEmpty() || calls.contains(n);
    }
}
