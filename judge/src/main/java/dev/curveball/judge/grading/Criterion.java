package dev.curveball.judge.grading;

import dev.curveball.core.error.Require;

/**
 * One rubric criterion a judge model scores from 1 to 5; a score below {@code threshold} fails the
 * conversation as {@code rubric:<id>}.
 *
 * <pre>{@code new Criterion("tone", "Stays calm with a frustrated user.", 3)}</pre>
 */
public record Criterion(String id, String description, int threshold) {
    public Criterion {
        Require.text(id, "id");
        Require.check(id.matches("[a-z0-9][a-z0-9-]*"), "criterion id '" + id + "' must be lower-case words joined by '-'");
        Require.text(description, "description");
        Require.check(threshold >= 1 && threshold <= 5, "criterion '" + id + "': threshold must be between 1 and 5, was " + threshold);
    }

    /** The id of the failed result a below-threshold grade adds to the verdict's checks. */
    public String checkId() {
        return "rubric:" + id;
    }
}
