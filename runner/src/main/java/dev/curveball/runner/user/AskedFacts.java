package dev.curveball.runner.user;

import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.world.HiddenFact;
import java.util.List;

/**
 * Which of a task's hidden facts an agent reply asks for: the reading has an {@code asks} act for
 * the fact's key, or an {@code asks} act whose question uses one of the fact's {@code asked_by}
 * words as whole words. A statement never asks, whatever words it uses.
 *
 * <pre>{@code AskedFacts.in(reading, task.hidden())  // [order_id] for "Which order is it?"}</pre>
 */
final class AskedFacts {
    private AskedFacts() {
    }

    static List<HiddenFact> in(ReplyReading reading, List<HiddenFact> facts) {
        return facts.stream().filter(f -> asks(reading, f)).toList();
    }

    static boolean asks(ReplyReading reading, HiddenFact fact) {
        return reading.asks().contains(fact.key()) || reading.of(ActKind.ASKS).anyMatch(a -> a.quote() != null
                && fact.askedBy().stream().anyMatch(words -> containsWords(a.quote(), words)));
    }

    private static boolean containsWords(String text, String words) {
        String wanted = ReplyHistory.normalize(words);
        return !wanted.isEmpty() && (" " + ReplyHistory.normalize(text) + " ").contains(" " + wanted + " ");
    }
}
