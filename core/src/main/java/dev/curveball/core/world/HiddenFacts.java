package dev.curveball.core.world;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which hidden facts a text gives away: a fact is said when its value's words appear in order as
 * whole words, case-insensitively, whatever separates them. Model-written openings must say none; a model-driven user may say one only
 * after the agent asked for it.
 *
 * <pre>{@code HiddenFacts.saidIn("It's order A-5001", task.hidden())  // [order_id]}</pre>
 */
public final class HiddenFacts {
    private HiddenFacts() {
    }

    /** The facts of {@code facts} whose value {@code text} contains, in their order. */
    public static List<HiddenFact> saidIn(String text, List<HiddenFact> facts) {
        String lower = normalize(text);
        return facts.stream().filter(f -> wholeWords(normalize(f.value())).matcher(lower).find()).toList();
    }

    /**
     * The value's words in order, whatever separates them: {@code A-5001} is also said as "A5001",
     * "a 5001" or with another dash, as people and models write identifiers.
     */
    private static Pattern wholeWords(String value) {
        String words = Arrays.stream(value.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).map(Pattern::quote)
                .collect(Collectors.joining("[^\\p{L}\\p{N}]*"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + (words.isEmpty() ? Pattern.quote(value) : words) + "(?![\\p{L}\\p{N}])");
    }

    private static String normalize(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
    }
}
