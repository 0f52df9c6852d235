package dev.curveball.core.model;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import java.time.Duration;
import java.util.Optional;

/**
 * A model call that failed after the client's retries. {@link Kind#CONFIGURATION} (no key, wrong
 * key, unknown model) is the user's to fix (exit 2); the others are infrastructure (exit 3).
 */
public final class ModelFailure extends CurveballException {
    private static final long serialVersionUID = 1L;

    public enum Kind { CONFIGURATION, UNREACHABLE, RATE_LIMITED, SERVER_ERROR, TIMEOUT, BAD_REPLY }

    private final Kind kind;
    private final transient Duration retryAfter;

    public ModelFailure(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, null);
    }

    /** @param retryAfter how long a 429's {@code Retry-After} header asked to wait, or null */
    public ModelFailure(Kind kind, String message, Throwable cause, Duration retryAfter) {
        super(kind == Kind.CONFIGURATION ? ExitCodes.INVALID_INPUT : ExitCodes.INFRASTRUCTURE, message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    /** The wait a rate-limited server asked for ({@code Retry-After}, in seconds), when it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public Kind kind() {
        return kind;
    }
}
