package dev.curveball.runner.user;

/**
 * The user simulator, not the agent, could not go on: a model that kept breaking the user's rules
 * after its retries. The conversation ends as an ERROR (source: simulator), never as an agent failure.
 */
public final class UserSimulatorFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserSimulatorFailure(String message) {
        super(message);
    }
}
