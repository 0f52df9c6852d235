package dev.curveball.generator.dedup;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.Require;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * How openings are kept apart: {@code lexical} (word-bigram Jaccard, the default), {@code semantic}
 * (sentence embeddings from an {@link OpeningEmbedder} on the class path) or {@code off}. An opening
 * at least {@code similarity} like an earlier one is a near-duplicate and gets rewritten.
 *
 * <pre>{@code Dedup.lexical(); Dedup.of(Dedup.Mode.SEMANTIC, 0.9); Dedup.off()}</pre>
 */
public record Dedup(Mode mode, double similarity, OpeningEmbedder embedder) {
    /** Two renderings of one template for one task, noise aside, score above this; different templates below. */
    public static final double LEXICAL_SIMILARITY = 0.5;
    /**
     * MiniLM reads meaning: the same request about the same item scores 0.85 to 0.93 across personas,
     * one persona's template for one task with different noise above this. Lower it to treat
     * paraphrases as repeats too.
     */
    public static final double SEMANTIC_SIMILARITY = 0.95;

    public Dedup {
        Require.present(mode, "mode");
        Require.check(similarity > 0 && similarity <= 1, "similarity must be above 0 and at most 1, was " + similarity);
        Require.check((mode == Mode.SEMANTIC) == (embedder != null), "an embedder is needed for semantic dedup, and only for it");
    }

    public static Dedup lexical() {
        return lexical(LEXICAL_SIMILARITY);
    }

    public static Dedup lexical(double similarity) {
        return new Dedup(Mode.LEXICAL, similarity, null);
    }

    public static Dedup off() {
        return new Dedup(Mode.OFF, LEXICAL_SIMILARITY, null);
    }

    public static Dedup semantic(OpeningEmbedder embedder, double similarity) {
        return new Dedup(Mode.SEMANTIC, similarity, embedder);
    }

    /** The mode with its default similarity unless one is given; semantic finds its embedder on the class path. */
    public static Dedup of(Mode mode, Double similarity) {
        if (similarity != null && !(similarity > 0 && similarity <= 1)) {
            throw CurveballException.invalidInput("similarity must be above 0 and at most 1, was " + similarity);
        }
        return switch (mode) {
            case LEXICAL -> lexical(similarity == null ? LEXICAL_SIMILARITY : similarity);
            case OFF -> off();
            case SEMANTIC -> semantic(findEmbedder().orElseThrow(Dedup::noEmbedder), similarity == null ? SEMANTIC_SIMILARITY : similarity);
        };
    }

    /** The first {@link OpeningEmbedder} on the class path by id, if any. */
    public static Optional<OpeningEmbedder> findEmbedder() {
        return ServiceLoader.load(OpeningEmbedder.class).stream().map(ServiceLoader.Provider::get)
                .min(Comparator.comparing(OpeningEmbedder::id));
    }

    private static CurveballException noEmbedder() {
        return CurveballException.invalidInput("semantic dedup needs the curveball-embeddings module (the all-MiniLM-L6-v2 model, "
                + "about 190 MB with its runtime, left out of the default jar) on the class path: run it through ./curveball, which "
                + "builds embeddings/target/curveball-embeddings.jar on first use, or run java -cp "
                + "cli/target/curveball.jar:embeddings/target/curveball-embeddings.jar dev.curveball.cli.Main ...; or use --dedup lexical");
    }

    public enum Mode {
        LEXICAL, SEMANTIC, OFF;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Mode fromId(String id) {
            return Arrays.stream(values()).filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> CurveballException.invalidInput(
                    Vocabulary.unknown("dedup mode", id, Arrays.stream(values()).map(Mode::id).toList())));
        }
    }
}
