package dev.curveball.runner.user;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An agent reply as the scripted user reads it: case-insensitive phrase matching, and whether it
 * asks something.
 *
 * <pre>{@code new ReplyText("Your Refund has been issued.").firstOf(List.of("refund has been issued"))}</pre>
 */
final class ReplyText {
    private final String lower;

    ReplyText(String reply) {
        this.lower = reply == null ? "" : reply.toLowerCase(Locale.ROOT);
    }

    /** The first of {@code phrases} (as spelled there) that the reply contains. */
    Optional<String> firstOf(List<String> phrases) {
        return phrases.stream().filter(this::mentions).findFirst();
    }

    boolean mentions(String phrase) {
        return lower.contains(phrase.toLowerCase(Locale.ROOT));
    }

    boolean isQuestion() {
        return lower.indexOf('?') >= 0;
    }
}
