package dev.curveball.results;

import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;
import dev.curveball.core.model.ModelLimits;

/**
 * How a run paces and retries what it calls (docs/limits.md): the turns of an http:// agent
 * ({@code agentRetry}, {@code agentLimits}), and the models, whose clients were opened with
 * {@code models} (null when the run uses none, or opened them with defaults); the manifest records
 * them.
 *
 * <pre>{@code new RunLimits(RetryPolicy.defaults(), new RequestLimits(120, 4), modelLimits)}</pre>
 */
public record RunLimits(RetryPolicy agentRetry, RequestLimits agentLimits, ModelLimits models) {
    public RunLimits {
        agentRetry = agentRetry == null ? RetryPolicy.defaults() : agentRetry;
        agentLimits = agentLimits == null ? RequestLimits.NONE : agentLimits;
    }

    /** The default retries, no limits. */
    public static RunLimits defaults() {
        return new RunLimits(null, null, null);
    }
}
