package dev.curveball.runner.agent;

/**
 * The agent could not give a usable answer to a turn (unreachable, non-200, unparseable, timed
 * out, or threw). The conversation becomes an ERROR; the run goes on.
 */
public final class AgentFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean unreachable;

    public AgentFailure(String message, boolean unreachable) {
        super(message);
        this.unreachable = unreachable;
    }

    public AgentFailure(String message, boolean unreachable, Throwable cause) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    /** True when the agent could not be reached at all (connection refused, unknown host). */
    public boolean unreachable() {
        return unreachable;
    }
}
