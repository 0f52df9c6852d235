package dev.curveball.bench;

import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.EvaluatorAddressCorpus;
import dev.curveball.core.reading.OfflineReplyReader;
import dev.curveball.core.reading.ReadingCorpus;
import dev.curveball.core.reading.ReplyReader;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The reply reader on its labelled corpus: precision and recall per act on the replies it was
 * tuned on, on the held-out fifth nobody tuned it for, and per voice; and how long a reply takes
 * to read. Run from the repository root: {@code bench/run reading}.
 */
public final class ReadingBench {
    private ReadingBench() {
    }

    public static void main(String[] args) {
        ReadingCorpus corpus = ReadingCorpus.bundled();
        ReplyReader reader = new OfflineReplyReader();
        long tuned = corpus.items().stream().filter(i -> !i.heldOut()).count();
        System.out.printf(Locale.ROOT, "reply reader %s on %d labelled replies (%d tuned on, %d held out)%n%n", reader.id(),
                corpus.items().size(), tuned, corpus.items().size() - tuned);
        System.out.println("held out (never looked at while tuning)");
        System.out.println(ReadingCorpus.table(corpus.score(reader, ReadingCorpus.Item::heldOut)));
        System.out.println("tuning split");
        System.out.println(ReadingCorpus.table(corpus.score(reader, i -> !i.heldOut())));
        System.out.println("whole corpus");
        System.out.println(ReadingCorpus.table(corpus.score(reader, i -> true)));
        System.out.println("per voice, whole corpus: micro-averaged F1 over all acts");
        for (String voice : new TreeSet<>(corpus.items().stream().map(ReadingCorpus.Item::voice).toList())) {
            Map<ActKind, ReadingCorpus.Score> s = corpus.score(reader, i -> i.voice().equals(voice));
            int tp = s.values().stream().mapToInt(x -> x.truePositives).sum();
            int fp = s.values().stream().mapToInt(x -> x.falsePositives).sum();
            int fn = s.values().stream().mapToInt(x -> x.falseNegatives).sum();
            System.out.printf(Locale.ROOT, "  %-11s %5.1f%%%n", voice, 200.0 * tp / (2.0 * tp + fp + fn));
        }
        System.out.println();
        System.out.println("addresses_evaluator, labelled replies (written before the reader)");
        System.out.print(EvaluatorAddressCorpus.bundled().table());
        System.out.println("addresses_evaluator, held-out replies (written after it, never tuned on)");
        System.out.print(EvaluatorAddressCorpus.heldOut().table());
        int rounds = 5;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            corpus.items().forEach(i -> ReadingCorpus.predicted(reader, i));
        }
        double ms = (System.nanoTime() - start) / 1e6 / (rounds * corpus.items().size());
        System.out.printf(Locale.ROOT, "%nreading time: %.2f ms per reply (mean of %d replies, warm)%n", ms, rounds * corpus.items().size());
    }
}
