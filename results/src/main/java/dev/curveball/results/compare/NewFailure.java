package dev.curveball.results.compare;

/**
 * A check that fails in run B's conversation of a scenario and in none of run A's: its id, the
 * conversation, the index of the event that broke it (null when no single one did), what that event
 * is ({@code tool_call of issue_refund}) and the check's message.
 */
public record NewFailure(String check, String conversation, Integer event, String eventLabel, String message) {
    public NewFailure {
        message = message == null ? "" : message;
    }

    /** {@code approval-required at event 13 (tool_call of issue_refund)}. */
    public String where() {
        return check + (event == null ? "" : " at event " + event + (eventLabel == null ? "" : " (" + eventLabel + ")"));
    }
}
