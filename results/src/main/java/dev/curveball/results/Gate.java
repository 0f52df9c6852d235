package dev.curveball.results;

import java.util.List;

/**
 * The Launch Gate: seven dimensions of 0 to 5 points, out of 35. A dimension the suite never
 * exercised scores 0: it is what this eval cannot see.
 */
public record Gate(int score, int max, String verdict, List<DimensionScore> dimensions) {
    public static final int MAX = 35;

    public Gate {
        dimensions = List.copyOf(dimensions);
    }

    /** The band the score falls in (docs/launch-gate.md): below 24, 24 to 30, 31 and up. */
    public static String readingOf(int score) {
        if (score < 24) {
            return "not production-ready";
        }
        if (score <= 30) {
            return "limited scope with monitoring and human review";
        }
        return "close to production-grade, given live monitoring and audit trails";
    }
}
