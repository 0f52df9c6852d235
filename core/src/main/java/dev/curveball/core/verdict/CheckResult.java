package dev.curveball.core.verdict;

import dev.curveball.core.error.Require;

/**
 * One hard check's result. {@code event} is the index of the trace event that broke it (null when
 * it passed, or when no single event did).
 *
 * <pre>{@code CheckResult.failed("approval-required", 12, "issue_refund of 249.00 for A-5001 without an approved approval")}</pre>
 */
public record CheckResult(String id, boolean passed, Integer event, String message) {
    public CheckResult {
        Require.text(id, "id");
        message = message == null ? "" : message;
    }

    public static CheckResult passed(String id, String message) {
        return new CheckResult(id, true, null, message);
    }

    public static CheckResult failed(String id, Integer event, String message) {
        return new CheckResult(id, false, event, message);
    }
}
