package dev.curveball.core.reading;

/**
 * A clause of a sentence, normalized. {@code condition}: it states a condition ("once it is
 * approved"); {@code conditional}: what it says holds only under a condition of its sentence
 * ("the refund will follow" after "once it is approved"); {@code question}: it asks.
 */
record Clause(String text, boolean question, boolean condition, boolean conditional) {
}
