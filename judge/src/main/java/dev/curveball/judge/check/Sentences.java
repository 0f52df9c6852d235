package dev.curveball.judge.check;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a reply into sentences and clauses, and spots the cues that keep a phrase from being a
 * plain statement of fact: a question, a condition ("once it's approved"), a negation ("I can't
 * confirm"), or a mark that what it says is outdated ("the old 30-day window"). Checks that read
 * claims out of free text use it so a reply is judged on what it asserts, not on the words it
 * contains. Cue words match as whole words through {@link Mentions}, so "old" never fires inside
 * "told" nor "once" inside "concerned".
 *
 * <pre>{@code Sentences.split("It's done. Anything else?") -> ["It's done.", "Anything else?"]}</pre>
 */
final class Sentences {
    static final List<String> CONDITIONAL_CUES = List.of("once", "when", "if", "after", "as soon as", "until");
    static final List<String> NEGATION_CUES = List.of("not", "cannot", "never", "nothing", "yet");
    /** Ends the word it negates ("can't", "hasn't"), so it matches as text, not as a word. */
    static final String CONTRACTED_NEGATION = "n't";
    static final List<String> OUTDATED_CUES = List.of("old", "no longer", "used to", "previous", "previously",
            "was changed", "changed from", "superseded", "outdated");

    /** After . ! ? and a space, or at a line break, so an amount like "249.00" stays whole. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+|\\R+");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:\u2013\u2014]");

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

    /**
     * The clause of a sentence around a position, between the nearest , ; : or dash. Only the last
     * clause keeps the sentence's end mark, so "I've done it, anything else?" is no question about
     * what was done.
     */
    static String clauseAround(String sentence, int index) {
        int start = 0;
        int end = sentence.length();
        Matcher breaks = CLAUSE_BREAK.matcher(sentence);
        while (breaks.find()) {
            if (breaks.start() < index) {
                start = breaks.end();
            } else {
                end = breaks.start();
                break;
            }
        }
        return sentence.substring(start, end);
    }

    static boolean isQuestion(String text) {
        return text.strip().endsWith("?");
    }

    static boolean isConditional(String text) {
        return mentionsAny(text, CONDITIONAL_CUES);
    }

    static boolean isNegated(String text) {
        return mentionsAny(text, NEGATION_CUES) || Mentions.containsText(text, CONTRACTED_NEGATION);
    }

    static boolean marksOutdated(String text) {
        return mentionsAny(text, OUTDATED_CUES);
    }

    private static boolean mentionsAny(String text, List<String> cues) {
        return cues.stream().anyMatch(cue -> Mentions.containsWord(text, cue));
    }
}
