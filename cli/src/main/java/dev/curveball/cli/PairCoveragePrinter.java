package dev.curveball.cli;

import dev.curveball.generator.CoveragePair;
import dev.curveball.generator.PairCoverage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints which pairs a generated suite brings together, as {@code curveball generate} and
 * {@code curveball run --count} show them: how many of the reachable pairs are covered per kind,
 * the reachable ones it missed (a --count too small), and the ones this world cannot reach, each
 * group of a first element with its reason.
 */
final class PairCoveragePrinter {
    private final PrintWriter out;

    PairCoveragePrinter(PrintWriter out) {
        this.out = out;
    }

    void print(PairCoverage p) {
        List<CoveragePair> missed = p.missed();
        out.printf(Locale.ROOT, "%nPair coverage: %d of %d pairs reachable in this world; %s%n", p.reachable().size(), p.pairs().size(),
                covered(p, missed));
        for (CoveragePair.Kind kind : CoveragePair.Kind.values()) {
            List<PairCoverage.PairCount> rows = p.of(kind);
            List<PairCoverage.PairCount> reachable = rows.stream().filter(PairCoverage.PairCount::reachable).toList();
            long covered = reachable.stream().filter(r -> r.scenarios() > 0).count();
            out.printf(Locale.ROOT, "  %-24s %d of %d reachable, %d covered%s%n", kind.label(), reachable.size(), rows.size(), covered,
                    covered == 0 ? "" : eachBy(reachable));
        }
        if (!missed.isEmpty()) {
            out.printf(Locale.ROOT, "Pairs not covered yet:%n");
            grouped(missed.stream().map(pair -> new Noted(pair, "")).toList()).forEach(line -> out.println("  " + line));
        }
        if (!p.unreachable().isEmpty()) {
            out.printf(Locale.ROOT, "Pairs unreachable in this world (what this suite cannot test together):%n");
            grouped(p.unreachable().stream().map(u -> new Noted(u.pair(), u.reason())).toList()).forEach(line -> out.println("  " + line));
        }
        out.flush();
    }

    private static String covered(PairCoverage p, List<CoveragePair> missed) {
        if (p.reachable().isEmpty()) {
            return "none to cover";
        }
        if (missed.isEmpty()) {
            return "all covered, by the first " + p.coveredBy() + " scenarios";
        }
        return (p.reachable().size() - missed.size()) + " covered; --count " + p.coveredBy() + " or more covers them all";
    }

    /** The fewest and most scenarios bringing one covered pair together. */
    private static String eachBy(List<PairCoverage.PairCount> reachable) {
        int least = reachable.stream().mapToInt(PairCoverage.PairCount::scenarios).filter(n -> n > 0).min().orElse(0);
        int most = reachable.stream().mapToInt(PairCoverage.PairCount::scenarios).max().orElse(0);
        return least == most ? ", by " + least + " scenario" + (least == 1 ? "" : "s") + " each"
                : ", by " + least + " to " + most + " scenarios each";
    }

    /** A pair and what to say about it (empty: nothing). */
    private record Noted(CoveragePair pair, String note) {
        boolean sameGroup(Noted other) {
            return pair.kind() == other.pair.kind() && pair.first().equals(other.pair.first()) && note.equals(other.note);
        }
    }

    /**
     * One line per run of pairs sharing their kind, first element and note, in the order given:
     * {@code policy-change x timeout, error: <note>}.
     */
    private static List<String> grouped(List<Noted> pairs) {
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < pairs.size()) {
            Noted head = pairs.get(i);
            List<String> seconds = new ArrayList<>();
            for (; i < pairs.size() && head.sameGroup(pairs.get(i)); i++) {
                seconds.add(pairs.get(i).pair().second());
            }
            lines.add(head.pair().first() + " x " + String.join(", ", seconds) + (head.note().isEmpty() ? "" : ": " + head.note()));
        }
        return lines;
    }
}
