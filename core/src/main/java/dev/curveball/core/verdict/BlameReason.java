package dev.curveball.core.verdict;

/**
 * One reason a party is blamed: the trace event it rests on (null when no single event does) and
 * what happened there.
 *
 * <pre>{@code new BlameReason(7, "the user said goal met while the agent's last reply only asks for order id")}</pre>
 */
public record BlameReason(Integer event, String message) {
    public BlameReason {
        message = message == null ? "" : message;
    }
}
