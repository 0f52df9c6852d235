package dev.curveball.core.world;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.error.Require;
import dev.curveball.core.fault.FaultParameters;
import dev.curveball.core.io.Json;
import java.util.List;

/**
 * A fault the gateway injects into one tool: on the listed call numbers of that tool in a
 * conversation (1-based; empty means every call). {@code delay_ms} and {@code drop_fields} are the
 * built-in kinds' parameters; {@code params} holds the fields a kind defines for itself, which its
 * injector validates, so a third-party kind needs no new field here.
 *
 * <pre>{@code {tool: get_invoice, calls: [1], kind: timeout, delay_ms: 200}
 * {tool: get_invoice, calls: [2], kind: partial-data, drop_fields: [line_items]}
 * {tool: search_policy, kind: injected-instructions, params: {induces: issue_refund}}}</pre>
 */
public record FaultSpec(String tool, List<Integer> calls, FaultKind kind, Integer delayMs, List<String> dropFields,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) ObjectNode params) {
    /** The longest a fault may keep a call waiting: 10 minutes. A longer one would hang a run, not test it. */
    public static final int MAX_DELAY_MS = 600_000;

    public FaultSpec {
        Require.text(tool, "tool");
        Require.present(kind, "kind");
        calls = List.copyOf(calls == null ? List.of() : calls);
        calls.forEach(c -> Require.positive(c, "calls"));
        dropFields = List.copyOf(dropFields == null ? List.of() : dropFields);
        params = params == null ? Json.object() : params.deepCopy();
        if (delayMs != null && delayMs < 0) {
            throw new IllegalArgumentException("field 'delay_ms' must not be negative");
        }
        if (delayMs != null && delayMs > MAX_DELAY_MS) {
            throw new IllegalArgumentException("field 'delay_ms' must be at most " + MAX_DELAY_MS + " (10 minutes), was " + delayMs);
        }
        kind.injector().validate(new FaultParameters(delayMs, dropFields, params));
    }

    /** A fault of a kind that takes no {@code params}. */
    public FaultSpec(String tool, List<Integer> calls, FaultKind kind, Integer delayMs, List<String> dropFields) {
        this(tool, calls, kind, delayMs, dropFields, null);
    }

    /** A copy: the record stays unchanged whatever a caller does to the node. */
    @Override
    public ObjectNode params() {
        return params.deepCopy();
    }

    /** The parameters as the fault's injector reads them. */
    @JsonIgnore
    public FaultParameters parameters() {
        return new FaultParameters(delayMs, dropFields, params);
    }

    /** Whether this fault fires on the {@code n}th call (1-based) of its tool. */
    public boolean firesOn(int n) {
        return calls.isEmpty() || calls.contains(n);
    }
}
