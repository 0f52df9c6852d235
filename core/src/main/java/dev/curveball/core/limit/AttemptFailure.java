package dev.curveball.core.limit;

import java.time.Duration;

/**
 * What one failed attempt says to a retry loop: whether trying again may help (a 429, a 5xx, a
 * timeout, a dropped connection) or cannot (a 400, a 401, a 404), the status as a message names it,
 * and the wait the server asked for ({@code Retry-After}), or null.
 *
 * <pre>{@code AttemptFailure.retriable("HTTP 429", Duration.ofSeconds(2));  AttemptFailure.FINAL}</pre>
 */
public record AttemptFailure(boolean retriable, String status, Duration retryAfter) {
    /** Not worth another attempt: the failure goes to the caller as it was. */
    public static final AttemptFailure FINAL = new AttemptFailure(false, "not retriable", null);

    public static AttemptFailure retriable(String status, Duration retryAfter) {
        return new AttemptFailure(true, status, retryAfter);
    }

    /** HTTP statuses worth another attempt: 408, 425, 429, and the 5xx except 501 (not implemented) and 505 (version). */
    public static boolean retriableStatus(int status) {
        return status == 408 || status == 425 || status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
    }
}
