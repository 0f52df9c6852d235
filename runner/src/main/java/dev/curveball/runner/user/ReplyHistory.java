package dev.curveball.runner.user;

import dev.curveball.core.reading.Act;
import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.ReplyReading;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The agent's replies so far, as a customer keeps track of them: whether the latest one said
 * anything at all, repeats the one before (the same words, or nearly), and does anything it had
 * not done already. A question asked again is nothing new, however it is worded.
 *
 * <pre>{@code ReplyHistory.Seen seen = history.see(reply, reading);
 * seen.deflects()  // true for "", for the same reply twice, and for one with no act}</pre>
 */
final class ReplyHistory {
    /** Replies this similar (1 - edit distance / length) or more are the same reply. */
    static final double NEAR_SAME = 0.9;

    /** What the latest reply was, against the ones before it. */
    record Seen(boolean empty, boolean repeated, boolean acts, boolean fresh) {
        /** An empty reply, a repeated one, or one that does nothing the reader can name: the user is no further. */
        boolean deflects() {
            return empty || repeated || !acts;
        }
    }

    private final Set<Act> seen = new HashSet<>();
    private String previous;

    Seen see(String reply, ReplyReading reading) {
        String text = normalize(reply);
        boolean repeated = previous != null && !text.isEmpty() && nearSame(previous, text);
        List<Act> acts = reading.acts().stream().filter(a -> !a.is(ActKind.HEDGES)).map(Act::withoutQuote).toList();
        boolean fresh = acts.stream().anyMatch(a -> !seen.contains(a));
        seen.addAll(acts);
        previous = text;
        return new Seen(text.isEmpty(), repeated, !acts.isEmpty(), fresh);
    }

    static boolean nearSame(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        int allowed = (int) Math.floor(longest * (1 - NEAR_SAME));
        int distance = new LevenshteinDistance(allowed).apply(a, b);
        return distance >= 0 && distance <= allowed;
    }

    /** Case, punctuation and spacing aside: "Which order?" and "which order" are the same words. */
    static String normalize(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
    }
}
