package dev.curveball.core.model;

/**
 * A copy of an exception chain with the API key, its fragments and anything key-shaped
 * ({@link KeyMask}) blanked out of every message, keeping each original class name and stack
 * trace, so {@code --stacktrace} stays useful and never prints a key.
 *
 * <pre>{@code MaskedError.of(error, null).printStackTrace(err);}</pre>
 */
public final class MaskedError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final String MASK = KeyMask.MASK;

    private final String originalClass;

    private MaskedError(String originalClass, String message, Throwable cause) {
        super(message, cause);
        this.originalClass = originalClass;
    }

    /** The masked copy of {@code error}'s chain; {@code key} is the configured key, or null. */
    public static MaskedError of(Throwable error, String key) {
        Throwable cause = error.getCause() == null || error.getCause() == error ? null : of(error.getCause(), key);
        String message = KeyMask.mask(error.getMessage(), key);
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
