package dev.curveball.core.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of words and short expressions matched as whole words in normalized text (see
 * {@link Normalizer}); longer phrases win where two overlap. Built once, matched many times: the
 * phrases go into a trie of words, and a text is split into words once per thread, so matching
 * costs a walk over the text's words rather than a regular expression with hundreds of branches.
 * Spaces and hyphens between words are the same ("sign-off" is "sign off"); punctuation other
 * than hyphens is a word of its own ("no." is "no" then ".").
 *
 * <pre>{@code Phrases p = Phrases.of(List.of("not", "no one"));
 * p.in("there was no one there")  // true
 * p.in("notes")                   // false}</pre>
 */
final class Phrases {
    /** Where a phrase was found: the text it matched, and its span in the text. */
    record Hit(String phrase, int start, int end) {
    }

    static final Phrases NONE = new Phrases(List.of());

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        boolean end;
    }

    /** A text's words: their spellings and their spans. */
    private record Words(String text, String[] words, int[] starts, int[] ends) {
    }

    /** The texts this thread split last: the same clause is matched against dozens of lists in a row. */
    private static final ThreadLocal<Words[]> RECENT = ThreadLocal.withInitial(() -> new Words[16]);
    private static final ThreadLocal<int[]> NEXT = ThreadLocal.withInitial(() -> new int[1]);
    private static final Map<String, Phrases> ONE = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<String> phrases;
    private final Node root = new Node();

    private Phrases(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        for (String phrase : phrases) {
            Words w = split(phrase);
            if (w.words().length == 0) {
                continue;
            }
            Node node = root;
            for (String word : w.words()) {
                node = node.next.computeIfAbsent(word, k -> new Node());
            }
            node.end = true;
        }
    }

    static Phrases of(List<String> phrases) {
        List<String> normalized = phrases.stream().map(Normalizer::normalize).map(String::strip)
                .filter(p -> !p.isEmpty()).distinct().toList();
        return new Phrases(normalized);
    }

    /** One phrase, built once however often it is asked for. */
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
        return firstFrom(text, 0) != null;
    }

    List<Hit> hits(String text) {
        List<Hit> hits = new ArrayList<>();
        Words w = words(text);
        int i = 0;
        while (i < w.words().length) {
            int end = longestAt(w, i);
            if (end > i) {
                hits.add(hit(w, i, end));
                i = end;
            } else {
                i++;
            }
        }
        return hits;
    }

    /** The first hit at or after {@code from}, or null. */
    Hit firstFrom(String text, int from) {
        if (root.next.isEmpty()) {
            return null;
        }
        Words w = words(text);
        for (int i = 0; i < w.words().length; i++) {
            if (w.starts()[i] < from) {
                continue;
            }
            int end = longestAt(w, i);
            if (end > i) {
                return hit(w, i, end);
            }
        }
        return null;
    }

    /** One past the last word of the longest phrase starting at word {@code i}, or {@code i}. */
    private int longestAt(Words w, int i) {
        Node node = root;
        int best = i;
        for (int k = i; k < w.words().length; k++) {
            node = node.next.get(w.words()[k]);
            if (node == null) {
                break;
            }
            if (node.end) {
                best = k + 1;
            }
        }
        return best;
    }

    private static Hit hit(Words w, int from, int to) {
        int start = w.starts()[from];
        int end = w.ends()[to - 1];
        return new Hit(w.text().substring(start, end), start, end);
    }

    private static Words words(String text) {
        Words[] recent = RECENT.get();
        for (Words w : recent) {
            if (w != null && w.text() == text) {
                return w;
            }
        }
        for (Words w : recent) {
            if (w != null && w.text().equals(text)) {
                return w;
            }
        }
        Words w = split(text);
        int[] next = NEXT.get();
        recent[next[0]] = w;
        next[0] = (next[0] + 1) % recent.length;
        return w;
    }

    /** Runs of letters and digits are words; every other character but spaces and hyphens is a word of its own. */
    private static Words split(String text) {
        List<String> words = new ArrayList<>();
        int[] starts = new int[text.length() + 1];
        int[] ends = new int[text.length() + 1];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
                words.add(text.substring(i, j));
                starts[n] = i;
                ends[n++] = j;
                i = j;
            } else {
                if (!Character.isWhitespace(c) && c != '-' && c != '\u00a0') {
                    words.add(String.valueOf(c));
                    starts[n] = i;
                    ends[n++] = i + 1;
                }
                i++;
            }
        }
        return new Words(text, words.toArray(String[]::new), java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n));
    }
}
