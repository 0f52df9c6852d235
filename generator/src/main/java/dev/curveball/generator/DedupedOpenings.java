package dev.curveball.generator;

import dev.curveball.generator.dedup.Dedup;
import dev.curveball.generator.dedup.Diversity;
import dev.curveball.generator.dedup.DiversityFigures;
import dev.curveball.generator.dedup.Match;
import dev.curveball.generator.dedup.NearDuplicates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes each scenario's opening and keeps the suite's openings apart: when one is at least the
 * threshold similar to an earlier one, the writer is asked again (a few times, each attempt drawing
 * on from the scenario's own random sequence) with the similar openings to avoid, and the least
 * similar attempt is kept. Counts what it found, fixed and had to leave.
 */
final class DedupedOpenings {
    /** Rewrites per near-duplicate; more rarely help a template writer with a handful of variants. */
    static final int MAX_REWRITES = 3;
    /** Earlier openings handed to the writer to avoid; the closest ones. */
    static final int AVOID = 5;

    private final OpeningWriter writer;
    private final Dedup dedup;
    private final NearDuplicates index;
    private int found;
    private int rewritten;
    private int remaining;

    DedupedOpenings(OpeningWriter writer, Dedup dedup) {
        this.writer = writer;
        this.dedup = dedup;
        this.index = NearDuplicates.of(dedup);
    }

    WrittenOpening write(ScenarioDraft draft, Random random) {
        WrittenOpening best = writer.write(draft, random, List.of());
        if (dedup.mode() == Dedup.Mode.OFF) {
            index.add(best.opening());
            return best;
        }
        List<Match> similar = index.similarTo(best.opening(), AVOID);
        if (!similar.isEmpty()) {
            found++;
            List<Match> avoid = new ArrayList<>(similar);
            for (int attempt = 0; attempt < MAX_REWRITES && !similar.isEmpty(); attempt++) {
                WrittenOpening again = writer.write(draft, random, openings(avoid));
                List<Match> againSimilar = index.similarTo(again.opening(), AVOID);
                if (closest(againSimilar) < closest(similar)) {
                    best = again;
                    similar = againSimilar;
                }
                merge(avoid, againSimilar);
            }
            if (similar.isEmpty()) {
                rewritten++;
            } else {
                remaining++;
            }
        }
        index.add(best.opening());
        return best;
    }

    Diversity diversity(long seed) {
        Diversity.Rewrites rewrites = dedup.mode() == Dedup.Mode.OFF ? Diversity.Rewrites.NONE : new Diversity.Rewrites(found, rewritten, remaining);
        return DiversityFigures.measure(index, dedup, rewrites, seed);
    }

    private static double closest(List<Match> matches) {
        return matches.isEmpty() ? 0 : matches.get(0).similarity();
    }

    /** The closest {@link #AVOID} of both lists, each earlier opening once. */
    private static void merge(List<Match> avoid, List<Match> more) {
        more.stream().filter(m -> avoid.stream().noneMatch(a -> a.index() == m.index())).forEach(avoid::add);
        avoid.sort(Comparator.comparingDouble(Match::similarity).reversed().thenComparingInt(Match::index));
        while (avoid.size() > AVOID) {
            avoid.remove(avoid.size() - 1);
        }
    }

    private static List<String> openings(List<Match> matches) {
        return matches.stream().map(Match::opening).toList();
    }
}
