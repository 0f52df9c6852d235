package dev.curveball.core.limit;

/**
 * How a retry's wait is drawn, so parallel callers that failed together do not retry together.
 * {@link #FULL}: uniformly from 0 to the capped exponential delay ({@code base x 2^(retry-1)});
 * {@link #DECORRELATED}: uniformly from the base to three times the previous wait, capped.
 */
public enum Jitter {
    FULL, DECORRELATED
}
