package dev.curveball.generator.dedup;

/**
 * How varied a generation's opening messages came out: near-duplicates found, rewritten and left
 * (not checked when dedup is off), the mean and max pairwise similarity of the final openings
 * (over a seeded sample of pairs when there are many), and distinct-2, the share of word bigrams
 * that are unique (Li et al., 2016).
 *
 * <pre>{@code Diversity d = report.diversity(); d.rewrites().remaining(); d.distinct2().ratio();}</pre>
 */
public record Diversity(Dedup.Mode mode, double threshold, Rewrites rewrites, Pairwise pairwise, Distinct distinct2) {

    /** Openings that were near-duplicates when first written, how many a rewrite fixed, and how many stayed. */
    public record Rewrites(int found, int rewritten, int remaining) {
        public static final Rewrites NONE = new Rewrites(0, 0, 0);
    }

    /** Similarity over {@code compared} of the {@code pairs} pairs of final openings (all of them when equal). */
    public record Pairwise(double mean, double max, long compared, long pairs) {
        public boolean sampled() {
            return compared < pairs;
        }
    }

    /** Unique word bigrams out of all bigrams in the final openings. */
    public record Distinct(long unique, long total) {
        public double ratio() {
            return total == 0 ? 0 : (double) unique / total;
        }
    }
}
