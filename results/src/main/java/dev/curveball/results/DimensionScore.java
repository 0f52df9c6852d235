package dev.curveball.results;

/** One Launch Gate dimension: 0 to 5 points, and why. */
public record DimensionScore(String name, int score, String notes) {
}
