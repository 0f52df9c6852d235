package dev.curveball.core.verdict;

/**
 * A conversation's outcome. ERROR is infrastructure trouble and never counts as an agent failure.
 * UNGRADED: no hard check failed, but a rubric criterion could not be graded (the judge model's
 * reply stayed malformed, timed out or was rate limited after retries, or its evidence was voided);
 * it is kept apart from PASS and FAIL in every count, since nobody knows which it was.
 */
public enum Outcome {
    PASS, FAIL, ERROR, UNGRADED
}
