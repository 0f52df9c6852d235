package dev.curveball.judge.check;

import dev.curveball.core.verdict.CheckResult;
import java.util.Optional;

/**
 * One hard check on a finished trace and the world's final state. Built-in and third-party checks
 * are found through {@link java.util.ServiceLoader}. A check that does not apply to the scenario
 * returns empty; one that applies returns its result, naming the event that broke it.
 */
public interface Check {
    /** Stable id, as used in verdicts and in scenario expectations (for example {@code approval-required}). */
    String id();

    Optional<CheckResult> evaluate(CheckContext context);
}
