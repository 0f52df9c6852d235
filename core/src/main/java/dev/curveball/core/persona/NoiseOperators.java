package dev.curveball.core.persona;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded noise for simulated users' messages, each operator at its own level of the persona's
 * {@link Noise}: abbreviations ({@code please} -> {@code pls}), keyboard-adjacent typos, slang,
 * casing (shouting or all lowercase) and dropped punctuation. Identifiers and amounts (any token
 * holding a digit, such as {@code A-5001} or {@code 249.00}) are never touched, so a noisy user
 * still names the right order. The same text, levels and random sequence give the same output on
 * every machine.
 *
 * <pre>{@code NoiseOperators.apply("Please refund order A-5001.", new Noise(0.2, 0.5, 0, 0), new Random(7))
 * // "pls refund order A-5001"}</pre>
 */
public final class NoiseOperators {
    /** At typo level 1, one word in four gets a typo; more would be unreadable rather than noisy. */
    static final double TYPO_SHARE = 0.25;
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z']*");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    /** Sentence punctuation before a space or the end; "249.00" and "1,000" keep theirs. */
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[.,!?;:]+(?=\\s|$)");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=[A-Za-z])'(?=[A-Za-z])");
    private static final Pattern PHRASES = NoiseWords.BUNDLED.phrases();

    private NoiseOperators() {
    }

    public static String apply(String text, Noise noise, Random random) {
        // Each operator draws from its own sequence, seeded in a fixed order whatever the levels,
        // so one operator's choices never depend on another operator's level.
        List<Random> streams = List.of(fork(random), fork(random), fork(random), fork(random), fork(random));
        String out = abbreviate(text, noise.abbreviations(), streams.get(0));
        out = typos(out, noise.typos() * TYPO_SHARE, streams.get(1));
        out = slang(out, noise.slang(), streams.get(2));
        out = recase(out, noise.caps(), streams.get(3));
        return dropPunctuation(out, noise.punctuation(), streams.get(4));
    }

    private static Random fork(Random random) {
        return new Random(random.nextLong());
    }

    private static String abbreviate(String text, double level, Random random) {
        return replaceEach(PHRASES.matcher(text), text, (phrase, at) -> {
            if (gluedToDigits(text, at, at + phrase.length()) || random.nextDouble() >= level) {
                return phrase;
            }
            String abbreviation = NoiseWords.BUNDLED.abbreviationOf(phrase);
            return Character.isUpperCase(phrase.charAt(0)) ? Character.toUpperCase(abbreviation.charAt(0)) + abbreviation.substring(1) : abbreviation;
        });
    }

    private static String typos(String text, double perWord, Random random) {
        return replaceEach(WORD.matcher(text), text, (word, at) -> {
            boolean touch = word.length() > 3 && !gluedToDigits(text, at, at + word.length()) && random.nextDouble() < perWord;
            return touch ? KeyboardTypos.typo(word, random) : word;
        });
    }

    private static String slang(String text, double level, Random random) {
        if (random.nextDouble() >= level) {
            return text;
        }
        List<String> words = NoiseWords.BUNDLED.slang();
        String word = words.get(random.nextInt(words.size()));
        return random.nextBoolean() ? word + " " + text : text + " " + word;
    }

    /** Shouts or mumbles every token but identifiers: "a-5001" would name no order. */
    private static String recase(String text, double level, Random random) {
        if (random.nextDouble() >= level) {
            return text;
        }
        boolean shout = random.nextBoolean();
        return replaceEach(TOKEN.matcher(text), text, (token, at) -> hasDigit(token) ? token
                : shout ? token.toUpperCase(Locale.ROOT) : token.toLowerCase(Locale.ROOT));
    }

    /** Each sentence mark and each apostrophe inside a word goes with the punctuation level's chance. */
    private static String dropPunctuation(String text, double level, Random random) {
        String marks = replaceEach(SENTENCE_MARKS.matcher(text), text, (mark, at) -> random.nextDouble() < level ? "" : mark);
        return replaceEach(APOSTROPHE.matcher(marks), marks,
                (apostrophe, at) -> inTokenWithDigit(marks, at) || random.nextDouble() >= level ? apostrophe : "");
    }

    private static String replaceEach(Matcher m, String text, BiFunction<String, Integer, String> replacement) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement.apply(m.group(), m.start())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** A word glued to digits, directly or by a hyphen (INV-9001, 3rd, 249USD), is an identifier, not prose. */
    private static boolean gluedToDigits(String text, int start, int end) {
        boolean before = start > 0 && Character.isDigit(text.charAt(start - 1))
                || start > 1 && text.charAt(start - 1) == '-' && Character.isDigit(text.charAt(start - 2));
        int next = end < text.length() && text.charAt(end) == '-' ? end + 1 : end;
        boolean after = next < text.length() && Character.isDigit(text.charAt(next));
        return before || after;
    }

    private static boolean inTokenWithDigit(String text, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return hasDigit(text.substring(start, end));
    }

    private static boolean hasDigit(String token) {
        return token.chars().anyMatch(Character::isDigit);
    }
}
