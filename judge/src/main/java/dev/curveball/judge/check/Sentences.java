package dev.curveball.judge.check;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a reply into sentences, and spots a sentence that marks what it says as outdated ("the
 * old 30-day window"). Only {@link CurrentDocumentCheck} reads reply text this way: whether a reply
 * repeats a superseded policy is about a document's words, which no act of the reply reader
 * covers. Every other reading of replies goes through the reader's acts ({@link Readings}). Cue
 * words match as whole words through {@link Mentions}, so "old" never fires inside "told".
 *
 * <pre>{@code Sentences.split("It's done. Anything else?") -> ["It's done.", "Anything else?"]}</pre>
 */
final class Sentences {
    static final List<String> OUTDATED_CUES = List.of("old", "older", "no longer", "used to", "previous", "previously",
            "was changed", "changed from", "superseded", "outdated", "changed", "until", "replaced", "anymore", "any more",
            "earlier", "former", "formerly", "was the rule", "was the policy", "not the current", "withdrawn");

    /** After . ! ? and a space, or at a line break, so an amount like "249.00" stays whole. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+|\\R+");

    private Sentences() {
    }

    /** The sentences of a text, each with its end mark, typographic apostrophes made plain. */
    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(SENTENCE_BREAK.split(text.replace('\u2019', '\'')))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static boolean marksOutdated(String text) {
        return OUTDATED_CUES.stream().anyMatch(cue -> Mentions.containsWord(text, cue));
    }
}
