package dev.curveball.results.compare;

/**
 * Paired conversations left out of the paired statistics because a side did not judge the agent:
 * an ERROR (or no verdict) on either side, an UNGRADED one, or a failure the simulated user caused.
 * Each pair is counted once, under the first of those that applies.
 */
public record NotJudged(int errors, int ungraded, int simulatorCaused) {
    public int total() {
        return errors + ungraded + simulatorCaused;
    }
}
