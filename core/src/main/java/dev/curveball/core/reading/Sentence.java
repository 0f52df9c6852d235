package dev.curveball.core.reading;

import java.util.List;

/**
 * One sentence of a reply: as written ({@code raw}, the evidence acts quote), normalized
 * ({@code text}), whether it asks something, and its clauses.
 */
record Sentence(String raw, String text, boolean question, List<Clause> clauses) {
    Sentence {
        clauses = List.copyOf(clauses);
    }
}
