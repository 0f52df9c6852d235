package dev.curveball.core.error;

/**
 * A failure Curveball can explain to its user, carrying the exit code the CLI ends with.
 *
 * <pre>{@code throw CurveballException.invalidInput("world.yaml:3:5: unknown field 'tols'");}</pre>
 */
public class CurveballException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CurveballException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CurveballException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** Bad usage or bad input: exit code 2. */
    public static CurveballException invalidInput(String message) {
        return new CurveballException(ExitCodes.INVALID_INPUT, message);
    }

    public static CurveballException invalidInput(String message, Throwable cause) {
        return new CurveballException(ExitCodes.INVALID_INPUT, message, cause);
    }

    /** Agent or model unreachable beyond retries: exit code 3. */
    public static CurveballException infrastructure(String message) {
        return new CurveballException(ExitCodes.INFRASTRUCTURE, message);
    }
}
