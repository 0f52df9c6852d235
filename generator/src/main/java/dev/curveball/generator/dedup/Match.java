package dev.curveball.generator.dedup;

/** An earlier opening (by its position among those added) and how similar a probed text is to it. */
public record Match(int index, String opening, double similarity) {
}
