package dev.curveball.runner.user;

import dev.curveball.core.trace.EndReason;

/** What the simulated user does after an agent reply: say something, or end the conversation. */
public sealed interface UserMove {

    /**
     * A message; {@code tactic} names the persona tactic it plays ({@code change-mind},
     * {@code demand-exceptions}...), null for a plain line. The trace's user message carries it.
     */
    record Say(String text, String tactic, String replay) implements UserMove {
        public Say(String text) {
            this(text, null, null);
        }

        public Say(String text, String tactic) {
            this(text, tactic, null);
        }

        /** The same line marked as replayed or reactive ({@code UserMessage.REPLAYED}, {@code REACTIVE}). */
        public Say marked(String mark) {
            return new Say(text, tactic, mark);
        }
    }

    /** Ends the conversation; {@code text} is a last message (may be null), {@code detail} why. */
    record Stop(EndReason reason, String text, String detail, String replay) implements UserMove {
        public Stop(EndReason reason, String text, String detail) {
            this(reason, text, detail, null);
        }

        public Stop marked(String mark) {
            return new Stop(reason, text, detail, mark);
        }
    }
}
