package dev.curveball.core.persona;

import dev.curveball.core.error.Require;

/**
 * How messy a persona writes, each level between 0 (never) and 1 (always).
 *
 * <pre>{@code noise: {typos: 0.2, abbreviations: 0.5, caps: 0.1, slang: 0.3}}</pre>
 */
public record Noise(double typos, double abbreviations, double caps, double slang) {
    public static final Noise NONE = new Noise(0, 0, 0, 0);

    public Noise {
        level(typos, "typos");
        level(abbreviations, "abbreviations");
        level(caps, "caps");
        level(slang, "slang");
    }

    private static void level(double value, String field) {
        Require.check(value >= 0 && value <= 1, "field '" + field + "' must be between 0 and 1, was " + value);
    }
}
