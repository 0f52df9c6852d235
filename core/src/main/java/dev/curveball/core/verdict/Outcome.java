package dev.curveball.core.verdict;

/** A conversation's outcome. ERROR is infrastructure trouble and never counts as an agent failure. */
public enum Outcome {
    PASS, FAIL, ERROR
}
