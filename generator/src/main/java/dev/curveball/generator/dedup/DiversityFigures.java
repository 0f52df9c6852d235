package dev.curveball.generator.dedup;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Measures a finished set of openings for {@link Diversity}. */
public final class DiversityFigures {
    /** Pairs compared at most; 10,000 openings have 50 million, and a sample this size pins the mean to about 0.001. */
    static final int MAX_PAIRS = 50_000;

    private DiversityFigures() {
    }

    /** The figures for the openings in {@code index}, pairs sampled with {@code seed} when there are too many. */
    public static Diversity measure(NearDuplicates index, Dedup dedup, Diversity.Rewrites rewrites, long seed) {
        return new Diversity(dedup.mode(), dedup.similarity(), rewrites, pairwise(index, seed), distinct2(index));
    }

    static Diversity.Pairwise pairwise(NearDuplicates index, long seed) {
        long n = index.size();
        long pairs = n * (n - 1) / 2;
        double sum = 0;
        double max = 0;
        long compared = 0;
        if (pairs <= MAX_PAIRS) {
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++, compared++) {
                    double s = index.similarity(a, b);
                    sum += s;
                    max = Math.max(max, s);
                }
            }
        } else {
            Random random = new Random(seed);
            for (; compared < MAX_PAIRS; compared++) {
                int a = random.nextInt((int) n);
                int b = (a + 1 + random.nextInt((int) n - 1)) % (int) n;
                double s = index.similarity(a, b);
                sum += s;
                max = Math.max(max, s);
            }
        }
        return new Diversity.Pairwise(compared == 0 ? 0 : sum / compared, max, compared, pairs);
    }

    static Diversity.Distinct distinct2(NearDuplicates index) {
        Set<String> unique = new HashSet<>();
        long total = 0;
        for (int i = 0; i < index.size(); i++) {
            List<String> words = Shingles.words(index.opening(i));
            for (int w = 0; w + 1 < words.size(); w++) {
                unique.add(words.get(w) + " " + words.get(w + 1));
                total++;
            }
        }
        return new Diversity.Distinct(unique.size(), total);
    }
}
