package dev.curveball.generator.dedup;

import java.util.List;

/**
 * The openings written so far, searchable for near-duplicates of a new one. Lexical (word-bigram
 * Jaccard through an inverted index, {@link LexicalIndex}) or semantic (sentence embeddings,
 * {@link SemanticIndex}).
 *
 * <pre>{@code NearDuplicates index = NearDuplicates.of(Dedup.lexical());
 * index.add("I want a refund for my headphones.");
 * index.similarTo("i want a refund for my headphones pls", 5); // one match, similarity 0.83}</pre>
 */
public interface NearDuplicates {
    /** At most {@code limit} added openings at least {@link #threshold()} similar to {@code text}, most similar first. */
    List<Match> similarTo(String text, int limit);

    /** Keeps {@code text} as the next opening. */
    void add(String text);

    int size();

    String opening(int index);

    /** How similar the {@code a}th and {@code b}th added openings are, 0 to 1. */
    double similarity(int a, int b);

    double threshold();

    static NearDuplicates of(Dedup dedup) {
        return dedup.mode() == Dedup.Mode.SEMANTIC
                ? new SemanticIndex(dedup.embedder(), dedup.similarity())
                : new LexicalIndex(dedup.similarity());
    }
}
