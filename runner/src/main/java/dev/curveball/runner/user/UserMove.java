package dev.curveball.runner.user;

import dev.curveball.core.trace.EndReason;

/** What the simulated user does after an agent reply: say something, or end the conversation. */
public sealed interface UserMove {

    /**
     * A message; {@code tactic} names the persona tactic it plays ({@code change-mind},
     * {@code demand-exceptions}...), null for a plain line. The trace's user message carries it.
     */
    record Say(String text, String tactic) implements UserMove {
        public Say(String text) {
            this(text, null);
        }
    }

    /** Ends the conversation; {@code text} is a last message (may be null), {@code detail} why. */
    record Stop(EndReason reason, String text, String detail) implements UserMove {
    }
}
