package dev.curveball.results;

import java.util.List;

/**
 * The Launch Gate: seven dimensions of 0 to 5 points, out of 35. A dimension the suite never
 * exercised scores 0: it is what this eval cannot see. {@code scored} is false when the run judged
 * no conversation (all ERROR, or none played): the score is then 0 and means nothing, and
 * {@code verdict} says so instead of reading it as "not production-ready".
 */
public record Gate(int score, int max, String verdict, List<DimensionScore> dimensions, boolean scored) {
    public static final int MAX = 35;
    /** The verdict of a gate that was not scored. */
    public static final String NOT_SCORED = "not scored: no conversation was judged";

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
