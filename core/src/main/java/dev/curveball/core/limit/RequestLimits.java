package dev.curveball.core.limit;

import dev.curveball.core.error.Require;

/**
 * How fast one service may be called: at most {@code requestsPerMinute} requests a minute, spaced
 * evenly, and at most {@code maxConcurrent} in flight at once; 0 means no limit of that kind.
 *
 * <pre>{@code new RequestLimits(500, 8)   // 500 a minute (one every 120 ms), 8 at once
 * RequestLimits.NONE}</pre>
 */
public record RequestLimits(int requestsPerMinute, int maxConcurrent) {
    /** The most either limit may be: beyond it a limit is no limit. */
    public static final int MAX = 1_000_000;
    public static final RequestLimits NONE = new RequestLimits(0, 0);

    public RequestLimits {
        Require.check(requestsPerMinute >= 0 && requestsPerMinute <= MAX,
                "requests per minute must be from 0 (no limit) to " + MAX + ", was " + requestsPerMinute);
        Require.check(maxConcurrent >= 0 && maxConcurrent <= MAX,
                "concurrent requests must be from 0 (no limit) to " + MAX + ", was " + maxConcurrent);
    }

    public boolean unlimited() {
        return requestsPerMinute == 0 && maxConcurrent == 0;
    }

    /** {@code 500 a minute, 8 at once}, {@code no limit}: how a console line says it. */
    public String describe() {
        if (unlimited()) {
            return "no limit";
        }
        String rate = requestsPerMinute == 0 ? "" : requestsPerMinute + " a minute";
        String at = maxConcurrent == 0 ? "" : maxConcurrent + " at once";
        return rate.isEmpty() ? at : at.isEmpty() ? rate : rate + ", " + at;
    }
}
