package dev.curveball.results.compare;

/** What became of one scenario from run A to run B. */
public enum ScenarioStatus {
    /** B passes it clearly less often than A, past both runs' own run-to-run noise. */
    REGRESSED,
    /** B passes it clearly more often than A. */
    FIXED,
    /** The same share of trials passed in both runs. */
    UNCHANGED,
    /** The share of passing trials moved, but no further than the scenario's own flakiness explains: not counted. */
    FLAKY,
    /** The same id plays different content (task, persona, user or faults): kept apart from regressions. */
    CHANGED,
    /** Only run B holds it. */
    ADDED,
    /** Only run A holds it. */
    REMOVED,
    /** No trial was judged in both runs (ERROR, UNGRADED or a failure the simulated user caused on a side). */
    NOT_JUDGED;

    /** {@code flaky}, {@code not-judged}: as files and the terminal name it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
