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
        String bounded = "(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase.trim()) + "(?![\\p{L}\\p{N}])";
        return Pattern.compile(bounded, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }
}
