package dev.curveball.core.model;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;

/**
 * A model call that failed after the client's retries. {@link Kind#CONFIGURATION} (no key, wrong
 * key, unknown model) is the user's to fix (exit 2); the others are infrastructure (exit 3).
 */
public final class ModelFailure extends CurveballException {
    private static final long serialVersionUID = 1L;

    public enum Kind { CONFIGURATION, UNREACHABLE, RATE_LIMITED, SERVER_ERROR, TIMEOUT, BAD_REPLY }

    private final Kind kind;

    public ModelFailure(Kind kind, String message, Throwable cause) {
        super(kind == Kind.CONFIGURATION ? ExitCodes.INVALID_INPUT : ExitCodes.INFRASTRUCTURE, message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
