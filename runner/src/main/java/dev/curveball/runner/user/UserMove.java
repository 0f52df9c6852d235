package dev.curveball.runner.user;

import dev.curveball.core.trace.EndReason;

/** What the simulated user does after an agent reply: say something, or end the conversation. */
public sealed interface UserMove {

    record Say(String text) implements UserMove {
    }

    /** Ends the conversation; {@code text} is a last message (may be null), {@code detail} why. */
    record Stop(EndReason reason, String text, String detail) implements UserMove {
    }
}
