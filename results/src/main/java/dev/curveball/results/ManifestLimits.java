package dev.curveball.results;

import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;

/**
 * The manifest's {@code limits}: the effective pacing and retries of the agent's turns (null for
 * an in-process agent, which none apply to) and of the model calls (null without a model).
 *
 * <pre>{@code "limits": {"agent": {"requests_per_minute": 0, "max_concurrent": 4, "max_attempts": 4, "retry_max_time_seconds": 60},
 *            "model": {"requests_per_minute": 500, "max_concurrent": 8, "max_attempts": 4, "retry_max_time_seconds": 60}}}</pre>
 */
public record ManifestLimits(Entry agent, Entry model) {
    /** One service's limits (0: none) and retry policy. */
    public record Entry(int requestsPerMinute, int maxConcurrent, int maxAttempts, long retryMaxTimeSeconds) {
        static Entry of(RetryPolicy policy, RequestLimits limits) {
            return new Entry(limits.requestsPerMinute(), limits.maxConcurrent(), policy.maxAttempts(), policy.maxTotalTime().toSeconds());
        }
    }

    static ManifestLimits of(RunLimits limits, boolean httpAgent, boolean models) {
        Entry agent = httpAgent ? Entry.of(limits.agentRetry(), limits.agentLimits()) : null;
        Entry model = models && limits.models() != null ? Entry.of(limits.models().policy(), limits.models().limits()) : null;
        return new ManifestLimits(agent, model);
    }
}
