package dev.curveball.core.error;

/** The exit codes of the {@code curveball} command (a contract other tools depend on). */
public final class ExitCodes {
    public static final int OK = 0;
    /** The gate or a regression check failed. */
    public static final int CHECK_FAILED = 1;
    public static final int INVALID_INPUT = 2;
    /** Agent or model unreachable beyond retries. */
    public static final int INFRASTRUCTURE = 3;
    /** A bug in Curveball. */
    public static final int INTERNAL = 4;
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
