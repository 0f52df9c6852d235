package dev.curveball.generator.dedup;

/**
 * Turns an opening into a sentence embedding for semantic near-duplicate control. Found through
 * {@link java.util.ServiceLoader}: the optional {@code curveball-embeddings} module provides one
 * (all-MiniLM-L6-v2, in-process); without it on the class path, semantic dedup is unavailable.
 *
 * <pre>{@code float[] v = embedder.embed("I want a refund."); // unit length, so cosine = dot product}</pre>
 */
public interface OpeningEmbedder {
    /** The model's name, such as {@code all-minilm-l6-v2}. */
    String id();

    /** The embedding of a non-blank text; any length (the index normalises it). */
    float[] embed(String text);
}
