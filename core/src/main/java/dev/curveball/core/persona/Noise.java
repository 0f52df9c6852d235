package dev.curveball.core.persona;

import dev.curveball.core.error.Require;

/**
 * How messy a persona writes, each level between 0 (never) and 1 (always): keyboard-adjacent
 * typos, abbreviations, casing (shouting or all lowercase), slang, and dropped punctuation
 * ({@code punctuation}, which defaults to the typo level when left out).
 *
 * <pre>{@code noise: {typos: 0.2, abbreviations: 0.5, caps: 0.1, slang: 0.3, punctuation: 0.6}}</pre>
 */
public record Noise(double typos, double abbreviations, double caps, double slang, Double punctuation) {
    public static final Noise NONE = new Noise(0, 0, 0, 0, 0.0);

    public Noise {
        level(typos, "typos");
        level(abbreviations, "abbreviations");
        level(caps, "caps");
        level(slang, "slang");
        punctuation = punctuation == null ? typos : punctuation;
        level(punctuation, "punctuation");
    }

    /** Punctuation dropped at the typo level. */
    public Noise(double typos, double abbreviations, double caps, double slang) {
        this(typos, abbreviations, caps, slang, null);
    }

    private static void level(double value, String field) {
        Require.check(value >= 0 && value <= 1, "field '" + field + "' must be between 0 and 1, was " + value);
    }
}
