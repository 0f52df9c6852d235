package dev.curveball.core.model;

/**
 * A copy of an exception chain with the API key blanked out of every message, keeping each original
 * class name and stack trace, so {@code --stacktrace} stays useful and never prints a key.
 */
final class MaskedError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final String MASK = "***";

    private final String originalClass;

    private MaskedError(String originalClass, String message, Throwable cause) {
        super(message, cause);
        this.originalClass = originalClass;
    }

    static MaskedError of(Throwable error, String key) {
        Throwable cause = error.getCause() == null || error.getCause() == error ? null : of(error.getCause(), key);
        String message = error.getMessage() == null ? null : error.getMessage().replace(key, MASK);
        MaskedError copy = new MaskedError(error.getClass().getName(), message, cause);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    /** Printed as the original was: {@code dev.langchain4j.exception.AuthenticationException: ... ***}. */
    @Override
    public String toString() {
        return getMessage() == null ? originalClass : originalClass + ": " + getMessage();
    }
}
