package dev.curveball.generator;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.Require;
import dev.curveball.generator.dedup.Dedup;

/**
 * How many scenarios, from which seed, and how near-duplicate openings are handled.
 *
 * <pre>{@code GenerationOptions.of(40, 7L).withDedup(Dedup.off())}</pre>
 */
public record GenerationOptions(int count, long seed, Dedup dedup) {
    /** How many scenarios {@code generate} and {@code run} make when not told (as text, for option defaults). */
    public static final String DEFAULT_COUNT = "20";
    /** The seed {@code generate} and {@code run} use when not told. */
    public static final String DEFAULT_SEED = "1";

    public GenerationOptions {
        if (count < 0) {
            throw CurveballException.invalidInput("scenario count must not be negative, was " + count);
        }
        Require.present(dedup, "dedup");
    }

    /** Lexical dedup at its default similarity, as {@code curveball generate} and {@code run --count} use. */
    public static GenerationOptions of(int count, long seed) {
        return new GenerationOptions(count, seed, Dedup.lexical());
    }

    public GenerationOptions withDedup(Dedup other) {
        return new GenerationOptions(count, seed, other);
    }
}
