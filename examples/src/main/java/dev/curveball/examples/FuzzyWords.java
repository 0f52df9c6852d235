package dev.curveball.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a noisy user message, matched the way a reader would: any case, simple inflections
 * ({@code refunded} for {@code refund}) and, for tolerant keywords of six letters or more, one typo
 * (a wrong, missing, extra or swapped letter), which is what simulated users' noise produces.
 *
 * <pre>{@code FuzzyWords.of("I WANT MY REFUDN").containsTolerant("refund") // true}</pre>
 */
final class FuzzyWords {
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");
    private static final String[] INFLECTIONS = {"", "s", "es", "ed", "d", "ing"};
    private static final int SHORTEST_TOLERANT_WORD = 6;

    private final List<String> words;

    private FuzzyWords(List<String> words) {
        this.words = List.copyOf(words);
    }

    static FuzzyWords of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return new FuzzyWords(words);
    }

    /** The phrase's words in a row, each exact or inflected. */
    boolean containsExact(String phrase) {
        return contains(phrase, false);
    }

    /** The phrase's words in a row, each exact, inflected or with one typo. */
    boolean containsTolerant(String phrase) {
        return contains(phrase, true);
    }

    /** True when the text has words and every one of them is in {@code allowed}. */
    boolean onlyOf(Set<String> allowed) {
        return !words.isEmpty() && allowed.containsAll(words);
    }

    private boolean contains(String phrase, boolean tolerant) {
        String[] wanted = phrase.toLowerCase(Locale.ROOT).split(" ");
        for (int start = 0; start + wanted.length <= words.size(); start++) {
            if (matchesAt(start, wanted, tolerant)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesAt(int start, String[] wanted, boolean tolerant) {
        for (int i = 0; i < wanted.length; i++) {
            if (!matches(words.get(start + i), wanted[i], tolerant)) {
                return false;
            }
        }
        return true;
    }

    static boolean matches(String word, String keyword, boolean tolerant) {
        boolean typosAllowed = tolerant && keyword.length() >= SHORTEST_TOLERANT_WORD;
        for (String ending : INFLECTIONS) {
            String form = keyword + ending;
            if (word.equals(form) || typosAllowed && withinOneEdit(word, form)) {
                return true;
            }
        }
        return false;
    }

    /** One substitution, insertion, deletion or swap of neighbours apart (optimal string alignment distance 1). */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() != b.length()) {
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            return longer.substring(i + 1).equals(shorter.substring(i));
        }
        if (i == a.length() || a.substring(i + 1).equals(b.substring(i + 1))) {
            return true;
        }
        boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i);
        return swapped && a.substring(i + 2).equals(b.substring(i + 2));
    }
}
