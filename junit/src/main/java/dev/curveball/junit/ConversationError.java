package dev.curveball.junit;

/**
 * A conversation that ended as an ERROR: the agent threw, timed out or broke the protocol, or the
 * infrastructure failed. Not an {@link AssertionError}, so a report (Surefire's {@code <error>})
 * tells it from a FAIL, which is the agent's behaviour breaking a check.
 */
public final class ConversationError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConversationError(String message) {
        super(message, null, false, false);
    }
}
