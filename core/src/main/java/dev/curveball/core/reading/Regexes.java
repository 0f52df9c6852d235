package dev.curveball.core.reading;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link String#matches} without compiling its regex on every call: the readers ask the same few
 * hundred literal regexes of every clause of every reply, and compiling them was a large share of
 * a run's CPU. Compiled patterns are kept by their text; only literals from the code come here,
 * so the cache is bounded by the code.
 *
 * <pre>{@code Regexes.matches("can you send it", "^(?:can|could) you\\b.*")   // true, as String.matches}</pre>
 */
public final class Regexes {
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Regexes() {
    }

    /** Exactly {@code text.matches(regex)}. */
    public static boolean matches(String text, String regex) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(text).matches();
    }
}
