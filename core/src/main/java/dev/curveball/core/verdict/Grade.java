package dev.curveball.core.verdict;

import dev.curveball.core.error.Require;

/** A model-graded rubric criterion: score between 0 and 1, and the transcript quote it rests on. */
public record Grade(String criterion, double score, String evidence) {
    public Grade {
        Require.text(criterion, "criterion");
        Require.check(score >= 0 && score <= 1, "field 'score' must be between 0 and 1");
    }
}
