package dev.curveball.judge.check;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message mentions a phrase, case-insensitively. Two flavours, because they guard
 * different things: {@link #containsText} catches a marker inside a longer word ("chargeback" in
 * "chargebacks"); {@link #containsWord} keeps a short identifying value from matching inside
 * another word ("monitor" in "monitoring").
 *
 * <pre>{@code Mentions.containsWord("Your USB-C hub shipped", "usb-c hub") == true}</pre>
 */
public final class Mentions {
    private static final java.util.Map<String, Pattern> BOUNDED = new java.util.concurrent.ConcurrentHashMap<>();

    private Mentions() {
    }

    public static boolean containsText(String text, String phrase) {
        if (text == null || phrase == null || phrase.isBlank()) {
            return false;
        }
        return text.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT));
    }

    public static boolean containsWord(String text, String phrase) {
        if (text == null || phrase == null || phrase.isBlank()) {
            return false;
        }
        return bounded(phrase.trim()).matcher(text).find();
    }

    /** Phrases are the world's values (ids, names, amounts): compiled once each, the cache emptied should a run ever bring 10,000. */
    private static Pattern bounded(String phrase) {
        if (BOUNDED.size() > 10_000) {
            BOUNDED.clear();
        }
        return BOUNDED.computeIfAbsent(phrase, p -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
}
