package dev.curveball.core.reading;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a misspelt word as the word of the reader's vocabulary it is one slip away from ("oder" is
 * "order", "aproval" is "approval", "unopend" is "unopened"), when exactly one such word exists.
 * The vocabulary is every word of the bundled English and of the world's terms; words outside it
 * that are common English ({@code common_words}) are left alone. Only the text the reader matches
 * on is corrected; the quotes an act keeps are the reply's own words.
 *
 * <pre>{@code spelling.correct("whats the oder number")  // "whats the order number"}</pre>
 */
final class Spelling {
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}-])\\p{Ll}{4,}(?![\\p{L}\\p{N}-])");
    private final Set<String> vocabulary = new HashSet<>();
    private final Map<String, Set<String>> byDeletion = new HashMap<>();

    Spelling(Collection<String> phrases) {
        for (String phrase : phrases) {
            for (String word : Normalizer.normalize(phrase).split("[^\\p{L}]+")) {
                if (word.length() >= 2) {
                    vocabulary.add(word);
                }
            }
        }
        for (String word : Lexicon.bundled().english.commonWords()) {
            vocabulary.add(Normalizer.normalize(word));
        }
        for (String word : vocabulary) {
            if (word.length() >= 5) {
                for (String key : keys(word)) {
                    byDeletion.computeIfAbsent(key, k -> new HashSet<>()).add(word);
                }
            }
        }
    }

    /** Every word of the bundled English: its lists, its synonyms and opposites. */
    static List<String> englishWords() {
        List<String> words = new ArrayList<>();
        English e = Lexicon.bundled().english;
        try {
            for (RecordComponent c : English.class.getRecordComponents()) {
                Object value = c.getAccessor().invoke(e);
                if (value instanceof List<?> list) {
                    list.forEach(v -> words.add(String.valueOf(v)));
                } else if (value instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> {
                        words.add(String.valueOf(k));
                        if (v instanceof List<?> l) {
                            l.forEach(x -> words.add(String.valueOf(x)));
                        } else {
                            words.add(String.valueOf(v));
                        }
                    });
                }
            }
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
        return words;
    }

    String correct(String normalized) {
        Matcher m = WORD.matcher(normalized);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(fix(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String fix(String word) {
        if (vocabulary.contains(word)) {
            return word;
        }
        Set<String> candidates = new HashSet<>();
        for (String key : keys(word)) {
            candidates.addAll(byDeletion.getOrDefault(key, Set.of()));
        }
        candidates.removeIf(c -> Math.abs(c.length() - word.length()) > 1 || c.charAt(0) != word.charAt(0));
        if (candidates.size() > 1) {
            // a letter left out is the commonest slip: "deliverd" is "delivered" rather than "deliver"
            Set<String> longer = new HashSet<>(candidates);
            longer.removeIf(c -> c.length() != word.length() + 1);
            if (longer.size() == 1) {
                return longer.iterator().next();
            }
        }
        return candidates.size() == 1 ? candidates.iterator().next() : word;
    }

    private static List<String> keys(String word) {
        List<String> keys = new ArrayList<>(List.of(word));
        for (int i = 0; i < word.length(); i++) {
            keys.add(word.substring(0, i) + word.substring(i + 1));
        }
        return keys;
    }
}
