package dev.curveball.core.config;

import dev.curveball.core.error.Require;
import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;

/**
 * The {@code limits:} block of {@code curveball.yaml}: how fast models and the agent are called and
 * how failed calls are retried (docs/limits.md). Every field is optional; a flag of the same name
 * wins. Rates are requests per minute and counts are requests at once, 0 meaning no limit.
 *
 * <pre>{@code limits:
 *   model_rpm: 500          # --model-rpm: per provider endpoint, shared by users, judges and writer
 *   model_concurrency: 8    # --model-concurrency
 *   agent_rpm: 0            # --agent-rpm: turns sent to an http:// agent a minute
 *   agent_concurrency: 4    # --agent-concurrency
 *   max_retries: 3          # --max-retries: after a 429, 5xx or timeout (so 4 attempts)
 *   retry_max_time: 60}     # --retry-max-time: seconds from the first attempt</pre>
 */
public record LimitSettings(Integer modelRpm, Integer modelConcurrency, Integer agentRpm, Integer agentConcurrency,
                            Integer maxRetries, Integer retryMaxTime) {
    public LimitSettings {
        limit(modelRpm, "model_rpm");
        limit(modelConcurrency, "model_concurrency");
        limit(agentRpm, "agent_rpm");
        limit(agentConcurrency, "agent_concurrency");
        Require.check(maxRetries == null || maxRetries >= 0 && maxRetries <= RetryPolicy.MAX_RETRIES,
                "field 'max_retries' must be from 0 to " + RetryPolicy.MAX_RETRIES + ", was " + maxRetries);
        Require.check(retryMaxTime == null || retryMaxTime >= 1 && retryMaxTime <= RetryPolicy.MAX_TOTAL_TIME.toSeconds(),
                "field 'retry_max_time' must be from 1 to " + RetryPolicy.MAX_TOTAL_TIME.toSeconds() + " seconds, was " + retryMaxTime);
    }

    /** No block: every default. */
    public static LimitSettings defaults() {
        return new LimitSettings(null, null, null, null, null, null);
    }

    private static void limit(Integer value, String field) {
        Require.check(value == null || value >= 0 && value <= RequestLimits.MAX,
                "field '" + field + "' must be from 0 (no limit) to " + RequestLimits.MAX + ", was " + value);
    }
}
