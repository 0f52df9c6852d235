package dev.curveball.generator.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lexical near-duplicates: the Jaccard similarity of word-bigram sets ({@link Shingles}, the same
 * number Commons Text's JaccardSimilarity gives), found without comparing a new opening to every
 * earlier one. Prefix filtering (Bayardo et al., "Scaling up all pairs similarity search"): two
 * sets at least {@code t} similar must share one of their first {@code |x| - ceil(t|x|) + 1}
 * bigrams under any fixed order, so only those prefixes go into the inverted index. The order is
 * newest bigram first (ids are handed out as bigrams are first seen), which keeps the frequent,
 * early bigrams ("i want") out of most prefixes. Candidates sharing a prefix bigram are checked
 * exactly by merging sorted id arrays. Openings with the same bigram set (templated openings
 * repeat a lot) share one entry, so a repeat costs one check however often it was written.
 */
final class LexicalIndex implements NearDuplicates {
    /** Guards the prefix length against t|x| landing a hair above an integer. */
    private static final double EPSILON = 1e-9;

    private final double threshold;
    /** Bigram to id; looked up, never iterated. */
    private final Map<String, Integer> ids = new HashMap<>();
    /** Distinct bigram sets, each with the openings that have it; a set is found by its ids, never iterated. */
    private final List<int[]> sets = new ArrayList<>();
    private final List<Postings> members = new ArrayList<>();
    private final Map<SetKey, Integer> setOf = new HashMap<>();
    private final List<String> openings = new ArrayList<>();
    private final Postings setOfOpening = new Postings();
    /** Per bigram id: the sets holding it in their prefix. */
    private final List<Postings> postings = new ArrayList<>();
    private int[] seenBy = new int[64];
    private int probe;

    LexicalIndex(double threshold) {
        this.threshold = threshold;
    }

    /** Matches ordered by similarity, then by when their bigram set was first written. */
    @Override
    public List<Match> similarTo(String text, int limit) {
        int[] x = idsOf(Shingles.of(text), false);
        List<SimilarSet> similar = new ArrayList<>();
        probe++;
        for (int i = 0; i < prefixLength(x.length); i++) {
            Postings list = x[i] < postings.size() ? postings.get(x[i]) : null;
            for (int k = 0; list != null && k < list.size; k++) {
                int y = list.items[k];
                if (seenBy[y] != probe) {
                    seenBy[y] = probe;
                    check(x, y).ifPresent(similar::add);
                }
            }
        }
        similar.sort(Comparator.comparingDouble(SimilarSet::similarity).reversed().thenComparingInt(SimilarSet::set));
        List<Match> matches = new ArrayList<>();
        for (int s = 0; s < similar.size() && matches.size() < limit; s++) {
            Postings openingsOfSet = members.get(similar.get(s).set());
            for (int k = 0; k < openingsOfSet.size && matches.size() < limit; k++) {
                int index = openingsOfSet.items[k];
                matches.add(new Match(index, openings.get(index), similar.get(s).similarity()));
            }
        }
        return List.copyOf(matches);
    }

    private Optional<SimilarSet> check(int[] x, int y) {
        int[] other = sets.get(y);
        if (other.length < threshold * x.length - EPSILON || other.length * threshold > x.length + EPSILON) {
            return Optional.empty();
        }
        double similarity = jaccard(x, other);
        return similarity >= threshold ? Optional.of(new SimilarSet(y, similarity)) : Optional.empty();
    }

    private record SimilarSet(int set, double similarity) {
    }

    @Override
    public void add(String text) {
        int[] x = idsOf(Shingles.of(text), true);
        Integer known = setOf.get(new SetKey(x));
        int set = known != null ? known : newSet(x);
        members.get(set).add(openings.size());
        setOfOpening.add(set);
        openings.add(text);
    }

    private int newSet(int[] x) {
        int set = sets.size();
        sets.add(x);
        members.add(new Postings());
        setOf.put(new SetKey(x), set);
        for (int i = 0; i < prefixLength(x.length); i++) {
            postings.get(x[i]).add(set);
        }
        if (set >= seenBy.length) {
            seenBy = Arrays.copyOf(seenBy, seenBy.length * 2);
        }
        return set;
    }

    @Override
    public int size() {
        return openings.size();
    }

    @Override
    public String opening(int index) {
        return openings.get(index);
    }

    @Override
    public double similarity(int a, int b) {
        return jaccard(sets.get(setOfOpening.items[a]), sets.get(setOfOpening.items[b]));
    }

    @Override
    public double threshold() {
        return threshold;
    }

    private int prefixLength(int size) {
        return size == 0 ? 0 : Math.max(1, Math.min(size, size - (int) Math.ceil(threshold * size - EPSILON) + 1));
    }

    /** Distinct bigram ids, highest (newest) first; a bigram not yet seen gets an id above every known one. */
    private int[] idsOf(Shingles shingles, boolean assign) {
        int[] out = new int[shingles.length()];
        int unseen = Integer.MAX_VALUE;
        for (int i = 0; i < out.length; i++) {
            Integer id = ids.get(shingles.at(i));
            if (id == null && assign) {
                id = ids.size();
                ids.put(shingles.at(i), id);
                postings.add(new Postings());
            }
            out[i] = id != null ? id : unseen--;
        }
        Arrays.sort(out);
        reverse(out);
        return out;
    }

    /** |x ∩ y| / |x ∪ y| of two distinct, descending id arrays. */
    static double jaccard(int[] x, int[] y) {
        if (x.length == 0 || y.length == 0) {
            return x.length == y.length ? 1 : 0;
        }
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                shared++;
                i++;
                j++;
            } else if (x[i] > y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (x.length + y.length - shared);
    }

    private static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** A bigram set as a hash key. */
    private record SetKey(int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SetKey other && Arrays.equals(ids, other.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }
    }

    /** A growable list of ints: the sets holding a bigram, or the openings of a set, in the order added. */
    private static final class Postings {
        private int[] items = new int[4];
        private int size;

        void add(int index) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = index;
        }
    }
}
