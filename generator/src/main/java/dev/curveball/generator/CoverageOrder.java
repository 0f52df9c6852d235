package dev.curveball.generator;

import dev.curveball.core.category.Category;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Orders the candidates so a suite covers as much as it can as early as it can. Each pick is the
 * unused candidate that, in this order of importance:
 * <ol>
 * <li>brings together the most {@link CoveragePair pairs} (tactic x trap, trap x fault kind) not yet covered;</li>
 * <li>adds the most category tags not yet covered;</li>
 * <li>brings the most personas, tasks and fault profiles (of its task) not yet seen;</li>
 * <li>while pairs are missing, brings together the fewest pairs already covered;</li>
 * <li>has the least-used persona, task and fault profile of its task (summed), so the suite stays balanced;</li>
 * <li>carries the rarest tag so far;</li>
 * <li>comes first in the candidate list shuffled once by the run's random sequence.</li>
 * </ol>
 * While a reachable pair is missing every pick adds one, so every reachable pair is covered within
 * as many scenarios as there are reachable pairs; then every pick adds a missing tag while one is
 * left, so every reachable tag follows within as many more scenarios as tags were still missing.
 * A pair can repeat before all are covered only beside a new one (the world may allow no other
 * way: in acme-support, escalation x superseded-first comes only with approval x
 * superseded-first, which irreversible-action x superseded-first also brings). No combination
 * repeats before all have been used; once every pair is covered the order is the tag-guided one.
 */
final class CoverageOrder {
    /**
     * @param order          the first picks (at least as many as asked for, and all when that is more than exist)
     * @param reachable      the tags some candidate carries, as bits by {@link Category#ordinal()}
     * @param coveredBy      how many scenarios cover every reachable tag
     * @param reachablePairs the pairs some candidate brings together, in {@link CoveragePair#ORDER}
     * @param pairsCoveredBy how many scenarios cover every reachable pair (0 when there is none)
     */
    record Plan(List<Candidate> order, long reachable, int coveredBy, List<CoveragePair> reachablePairs, int pairsCoveredBy) {
        Plan {
            order = List.copyOf(order);
            reachablePairs = List.copyOf(reachablePairs);
        }
    }

    private final List<Candidate> candidates;
    private final long[] tags;
    private final int[][] elements;
    private final int[][] elementUses = new int[3][];
    private final int[] tagUses = new int[Long.SIZE];
    private final boolean[] used;
    private long covered;
    private final List<CoveragePair> pairs;
    /** Per candidate, the indexes in {@link #pairs} of the pairs it brings together. */
    private final int[][] pairsOf;
    private final boolean[] pairCovered;
    private int pairsLeft;

    private CoverageOrder(List<Candidate> candidates) {
        this.candidates = candidates;
        this.tags = new long[candidates.size()];
        this.elements = new int[candidates.size()][];
        this.used = new boolean[candidates.size()];
        // A fault profile counts per task: "none" is every task's, so counted alone it would always look
        // the most used and a task's no-fault variant (where some traps, like a readable restricted
        // note, only show) would come last.
        List<Function<Candidate, String>> kinds = List.of(c -> c.persona().id(), c -> c.task().id(),
                c -> c.task().id() + "\u0000" + c.profile().id());
        List<TreeMap<String, Integer>> indexes = kinds.stream().map(k -> index(candidates, k)).toList();
        for (int c = 0; c < candidates.size(); c++) {
            tags[c] = bits(ScenarioCategories.tags(candidates.get(c)));
            elements[c] = new int[3];
            for (int k = 0; k < 3; k++) {
                elements[c][k] = indexes.get(k).get(kinds.get(k).apply(candidates.get(c)));
            }
        }
        for (int k = 0; k < 3; k++) {
            elementUses[k] = new int[indexes.get(k).size()];
        }
        List<List<CoveragePair>> candidatePairs = candidates.stream().map(ScenarioPairs::of).toList();
        this.pairs = candidatePairs.stream().flatMap(List::stream).distinct().sorted().toList();
        this.pairsOf = candidatePairs.stream()
                .map(list -> list.stream().mapToInt(pair -> Collections.binarySearch(pairs, pair)).toArray()).toArray(int[][]::new);
        this.pairCovered = new boolean[pairs.size()];
        this.pairsLeft = pairs.size();
    }

    /** The picks for a suite of {@code wanted} scenarios; {@code random} shuffles the tie order. */
    static Plan of(List<Candidate> candidates, Random random, int wanted) {
        List<Candidate> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        return new CoverageOrder(shuffled).plan(wanted);
    }

    private Plan plan(int wanted) {
        long reachable = 0;
        for (long t : tags) {
            reachable |= t;
        }
        List<Candidate> order = new ArrayList<>();
        int coveredBy = 0;
        int pairsCoveredBy = 0;
        while (order.size() < candidates.size() && (order.size() < wanted || covered != reachable || pairsLeft > 0)) {
            order.add(take(best()));
            if (coveredBy == 0 && covered == reachable) {
                coveredBy = order.size();
            }
            if (pairsCoveredBy == 0 && pairsLeft == 0 && !pairs.isEmpty()) {
                pairsCoveredBy = order.size();
            }
        }
        return new Plan(order, reachable, coveredBy, pairs, pairsCoveredBy);
    }

    private int best() {
        int best = -1;
        for (int c = 0; c < candidates.size(); c++) {
            if (!used[c] && (best < 0 || better(c, best))) {
                best = c;
            }
        }
        return best;
    }

    private boolean better(int c, int b) {
        int d = pairsLeft == 0 ? 0 : newPairs(c) - newPairs(b);
        if (d == 0) {
            d = Long.bitCount(tags[c] & ~covered) - Long.bitCount(tags[b] & ~covered);
        }
        if (d == 0) {
            d = unseen(c) - unseen(b);
        }
        if (d == 0 && pairsLeft > 0) {
            d = repeatedPairs(b) - repeatedPairs(c);
        }
        if (d == 0) {
            d = uses(b) - uses(c);
        }
        if (d == 0) {
            d = rarestTag(b) - rarestTag(c);
        }
        return d > 0;
    }

    private Candidate take(int c) {
        used[c] = true;
        covered |= tags[c];
        for (int k = 0; k < 3; k++) {
            elementUses[k][elements[c][k]]++;
        }
        for (long rest = tags[c]; rest != 0; rest &= rest - 1) {
            tagUses[Long.numberOfTrailingZeros(rest)]++;
        }
        for (int p : pairsOf[c]) {
            if (!pairCovered[p]) {
                pairCovered[p] = true;
                pairsLeft--;
            }
        }
        return candidates.get(c);
    }

    private int repeatedPairs(int c) {
        return pairsOf[c].length - newPairs(c);
    }

    private int newPairs(int c) {
        int n = 0;
        for (int p : pairsOf[c]) {
            n += pairCovered[p] ? 0 : 1;
        }
        return n;
    }

    private int unseen(int c) {
        int n = 0;
        for (int k = 0; k < 3; k++) {
            n += elementUses[k][elements[c][k]] == 0 ? 1 : 0;
        }
        return n;
    }

    private int uses(int c) {
        return elementUses[0][elements[c][0]] + elementUses[1][elements[c][1]] + elementUses[2][elements[c][2]];
    }

    private int rarestTag(int c) {
        int rarest = Integer.MAX_VALUE;
        for (long rest = tags[c]; rest != 0; rest &= rest - 1) {
            rarest = Math.min(rarest, tagUses[Long.numberOfTrailingZeros(rest)]);
        }
        return rarest;
    }

    static long bits(List<Category> categories) {
        long bits = 0;
        for (Category c : categories) {
            // Tags are bits of a long; the vocabulary has 29.
            if (c.ordinal() >= Long.SIZE) {
                throw new IllegalStateException("more than 64 category tags");
            }
            bits |= 1L << c.ordinal();
        }
        return bits;
    }

    /** Ids numbered in sorted order; looked up, never iterated into the output. */
    private static TreeMap<String, Integer> index(List<Candidate> candidates, Function<Candidate, String> id) {
        TreeMap<String, Integer> index = new TreeMap<>();
        candidates.forEach(c -> index.putIfAbsent(id.apply(c), 0));
        int i = 0;
        for (var entry : index.entrySet()) {
            entry.setValue(i++);
        }
        return index;
    }
}
