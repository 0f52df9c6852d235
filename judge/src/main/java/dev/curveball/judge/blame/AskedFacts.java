package dev.curveball.judge.blame;

import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.world.HiddenFact;
import java.util.List;
import java.util.Locale;

/**
 * Which hidden facts a reply asks for, the way the simulated users take it: an {@code asks} act
 * for the fact's key, or an {@code asks} act whose question has one of the fact's {@code asked_by}
 * words as whole words. The judge cannot import the runner, so it keeps this rule beside the audit.
 */
final class AskedFacts {
    private AskedFacts() {
    }

    static List<HiddenFact> in(ReplyReading reading, List<HiddenFact> facts) {
        return facts.stream().filter(f -> reading.asks().contains(f.key()) || reading.of(ActKind.ASKS).anyMatch(a -> a.quote() != null
                && f.askedBy().stream().anyMatch(words -> containsWords(a.quote(), words)))).toList();
    }

    private static boolean containsWords(String text, String words) {
        String wanted = normalize(words);
        return !wanted.isEmpty() && (" " + normalize(text) + " ").contains(" " + wanted + " ");
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
    }
}
