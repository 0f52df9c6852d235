package dev.curveball.results.compare;

/**
 * Latency in each run over the paired conversations: whole conversations (first event to last)
 * and agent turns (each reply's {@code latency_ms}).
 */
public record Timings(Spread conversationsA, Spread conversationsB, Spread turnsA, Spread turnsB) {
}
