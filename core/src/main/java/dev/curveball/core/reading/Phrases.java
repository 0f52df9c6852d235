package dev.curveball.core.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list of words and short expressions matched as whole words in normalized text (see
 * {@link Normalizer}); longer phrases win where two overlap. Built once, matched many times.
 *
 * <pre>{@code Phrases p = Phrases.of(List.of("not", "no one"));
 * p.in("there was no one there")  // true
 * p.in("notes")                   // false}</pre>
 */
final class Phrases {
    /** Where a phrase was found: the phrase as listed, and its span in the text. */
    record Hit(String phrase, int start, int end) {
    }

    static final Phrases NONE = new Phrases(List.of());

    private final List<String> phrases;
    private final Pattern pattern;

    private Phrases(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        this.pattern = phrases.isEmpty() ? null : compile(phrases);
    }

    static Phrases of(List<String> phrases) {
        List<String> normalized = phrases.stream().map(Normalizer::normalize).map(String::strip)
                .filter(p -> !p.isEmpty()).distinct().toList();
        return new Phrases(normalized);
    }

    private static final java.util.Map<String, Phrases> ONE = new java.util.concurrent.ConcurrentHashMap<>();

    /** One phrase, compiled once however often it is asked for. */
    static Phrases of(String phrase) {
        if (ONE.size() > 50_000) {
            ONE.clear();
        }
        return ONE.computeIfAbsent(phrase, p -> of(List.of(p)));
    }

    static Phrases of(String... phrases) {
        return of(List.of(phrases));
    }

    Phrases plus(Phrases other) {
        List<String> all = new ArrayList<>(phrases);
        all.addAll(other.phrases);
        return of(all);
    }

    List<String> list() {
        return phrases;
    }

    boolean in(String text) {
        return pattern != null && pattern.matcher(text).find();
    }

    List<Hit> hits(String text) {
        List<Hit> hits = new ArrayList<>();
        if (pattern == null) {
            return hits;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            hits.add(new Hit(m.group(1), m.start(1), m.end(1)));
        }
        return hits;
    }

    /** The first hit at or after {@code from}, or null. */
    Hit firstFrom(String text, int from) {
        if (pattern == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find(Math.max(0, Math.min(from, text.length()))) ? new Hit(m.group(1), m.start(1), m.end(1)) : null;
    }

    private static Pattern compile(List<String> phrases) {
        String alternatives = phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Phrases::quoted).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    /** A phrase with any run of spaces or hyphens matching any other ("sign-off" is "sign off"). */
    private static String quoted(String phrase) {
        return java.util.Arrays.stream(phrase.split("[\\s-]+")).map(Pattern::quote).collect(Collectors.joining("[\\s-]+"));
    }
}
