package dev.curveball.runner.user;

/**
 * Plays the scenario's user. One instance per conversation (it keeps the conversation's state:
 * what it has revealed, how frustrated it is, which turn this is).
 */
public interface UserSimulator {
    String id();

    /** The user's first message. */
    String open();

    /** The user's reaction to the agent's latest reply. */
    UserMove react(String agentReply);
}
