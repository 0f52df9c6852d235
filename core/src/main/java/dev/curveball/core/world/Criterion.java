package dev.curveball.core.world;

import dev.curveball.core.error.Require;

/**
 * One rubric criterion a judge model scores from 1 to 5; a score below {@code threshold} (3 when
 * not given) fails the conversation as {@code rubric:<id>}. Declared in a world's {@code tasks.yaml},
 * under {@code rubric:} for every task or under one task's {@code rubric:}.
 *
 * <pre>{@code rubric:
 *   - {id: tone, description: Stays calm with a frustrated user., threshold: 4}}</pre>
 */
public record Criterion(String id, String description, Integer threshold) {
    public static final int DEFAULT_THRESHOLD = 3;

    public Criterion {
        Require.text(id, "id");
        Require.check(id.matches("[a-z0-9][a-z0-9-]*"), "criterion id '" + id + "' must be lower-case words joined by '-'");
        Require.text(description, "description");
        threshold = threshold == null ? DEFAULT_THRESHOLD : threshold;
        Require.check(threshold >= 1 && threshold <= 5, "criterion '" + id + "': threshold must be between 1 and 5, was " + threshold);
    }

    /** The id of the failed result a below-threshold grade adds to the verdict's checks. */
    public String checkId() {
        return "rubric:" + id;
    }
}
