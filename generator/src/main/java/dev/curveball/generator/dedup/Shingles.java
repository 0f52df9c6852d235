package dev.curveball.generator.dedup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.JaccardSimilarity;
import org.apache.commons.text.similarity.SimilarityInput;

/**
 * An opening as a set of word bigrams ("i want", "want a", ...), lowercased and with apostrophes
 * and punctuation gone, so casing and punctuation noise do not hide a repeat. A one-word text is
 * its single word. Lexical similarity is Commons Text's {@link JaccardSimilarity} on these sets.
 *
 * <pre>{@code Shingles.jaccard("I want a refund.", "i want a refund please") // 0.75}</pre>
 */
public record Shingles(List<String> items) implements SimilarityInput<String> {
    private static final JaccardSimilarity JACCARD = new JaccardSimilarity();

    public Shingles {
        items = List.copyOf(items);
    }

    /** The distinct bigrams of {@code text}, in the order they first occur. */
    public static Shingles of(String text) {
        List<String> words = words(text);
        Set<String> bigrams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            bigrams.add(words.get(i) + " " + words.get(i + 1));
        }
        if (bigrams.isEmpty() && !words.isEmpty()) {
            bigrams.add(words.get(0));
        }
        return new Shingles(new ArrayList<>(bigrams));
    }

    /** The text's words: runs of letters and digits, lowercased, apostrophes removed ("don't" is "dont"). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (c != '\'' && c != '\u2019' && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    public static double jaccard(String a, String b) {
        return of(a).jaccard(of(b));
    }

    public double jaccard(Shingles other) {
        return JACCARD.apply(this, other);
    }

    @Override
    public String at(int index) {
        return items.get(index);
    }

    @Override
    public int length() {
        return items.size();
    }
}
