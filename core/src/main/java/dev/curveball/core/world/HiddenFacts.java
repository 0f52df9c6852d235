package dev.curveball.core.world;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which hidden facts a text gives away: a fact is said when its value appears as whole words,
 * case-insensitively. Model-written openings must say none; a model-driven user may say one only
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

    private static Pattern wholeWords(String value) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])");
    }

    private static String normalize(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
    }
}
