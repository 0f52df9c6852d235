package dev.curveball.runner.user;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An agent reply as the scripted user reads it: case-insensitive phrase matching, sentence by
 * sentence. A phrase is <em>mentioned</em> anywhere in the reply, <em>stated</em> in a sentence that
 * is not a question, and <em>affirmed</em> when that sentence also has no hedge (a negation,
 * condition or offer from the vocabulary) before the phrase or within a few words after it.
 *
 * <pre>{@code ReplyText reply = new ReplyText("Nothing has been refunded yet.", ScriptedVocabulary.bundled());
 * reply.mentions("refunded")  // true
 * reply.affirms("refunded")   // false: "nothing" and "yet" hedge it}</pre>
 */
final class ReplyText {
    /**
     * Hedges after a phrase count only this close ("refunded yet", "issued once approved"): a later
     * clause ("..., who will contact you when they're free") no longer qualifies the phrase itself.
     */
    private static final int WORDS_AFTER = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\R+");
    private static final Pattern TRAILING_CLOSERS = Pattern.compile("[\\s\"')\\]]+$");
    private static final Pattern NOT_CONTRACTION = Pattern.compile("n't(?![\\p{L}\\p{N}])");

    private final String lower;
    private final List<String> sentences;
    private final Pattern hedge;
    private final List<String> hedgeExceptions;

    ReplyText(String reply, ScriptedVocabulary vocabulary) {
        this.lower = reply == null ? "" : normalize(reply);
        this.sentences = Arrays.stream(SENTENCE_END.split(lower)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.hedge = wordsPattern(vocabulary.hedges());
        this.hedgeExceptions = vocabulary.hedgeExceptions().stream().map(ReplyText::normalize).toList();
    }

    /** The first of {@code phrases} (as spelled there) that the reply contains anywhere. */
    Optional<String> firstOf(List<String> phrases) {
        return phrases.stream().filter(this::mentions).findFirst();
    }

    /** The first of {@code phrases} that the reply {@linkplain #states states}. */
    Optional<String> firstStated(List<String> phrases) {
        return phrases.stream().filter(this::states).findFirst();
    }

    /** The first of {@code phrases} that the reply {@linkplain #affirms affirms}. */
    Optional<String> firstAffirmed(List<String> phrases) {
        return phrases.stream().filter(this::affirms).findFirst();
    }

    boolean mentions(String phrase) {
        return lower.contains(normalize(phrase));
    }

    /** Whether a sentence that is not a question contains {@code phrase}. */
    boolean states(String phrase) {
        String wanted = normalize(phrase);
        return sentences.stream().anyMatch(s -> !isQuestion(s) && s.contains(wanted));
    }

    /** Whether a sentence that is not a question contains {@code phrase} with no hedge near it. */
    boolean affirms(String phrase) {
        String wanted = normalize(phrase);
        return sentences.stream().anyMatch(s -> !isQuestion(s) && affirmedIn(s, wanted));
    }

    boolean isQuestion() {
        return lower.indexOf('?') >= 0;
    }

    /** Some occurrence of {@code phrase} has no hedge before it in the sentence, nor just after it. */
    private boolean affirmedIn(String sentence, String phrase) {
        for (int at = sentence.indexOf(phrase); at >= 0; at = sentence.indexOf(phrase, at + 1)) {
            String before = sentence.substring(0, at);
            String after = firstWords(sentence.substring(at + phrase.length()), WORDS_AFTER);
            if (!hedged(before) && !hedged(after)) {
                return true;
            }
        }
        return false;
    }

    private boolean hedged(String text) {
        String plain = NOT_CONTRACTION.matcher(text).replaceAll(" not");
        for (String exception : hedgeExceptions) {
            plain = plain.replace(exception, " ");
        }
        return hedge.matcher(plain).find();
    }

    private static boolean isQuestion(String sentence) {
        return TRAILING_CLOSERS.matcher(sentence).replaceAll("").endsWith("?");
    }

    private static String firstWords(String text, int count) {
        return Arrays.stream(text.strip().split("\\s+")).limit(count).collect(Collectors.joining(" "));
    }

    /** Whole words or phrases only: "no" hedges "no refund", not "know" or "notes". */
    private static Pattern wordsPattern(List<String> words) {
        String alternatives = words.stream().map(w -> Pattern.quote(normalize(w))).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
