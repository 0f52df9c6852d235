package dev.curveball.generator.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Semantic near-duplicates: cosine similarity of sentence embeddings. Every earlier opening is
 * compared, which is cheap next to embedding the text (a dot product of 384 floats against about
 * 5 ms for the model), so no approximate index is worth its misses here.
 */
final class SemanticIndex implements NearDuplicates {
    private final OpeningEmbedder embedder;
    private final double threshold;
    private final List<float[]> vectors = new ArrayList<>();
    private final List<String> openings = new ArrayList<>();
    /** Embeddings of texts probed since the last add, so the one kept is not embedded twice; looked up only. */
    private final Map<String, float[]> probed = new HashMap<>();

    SemanticIndex(OpeningEmbedder embedder, double threshold) {
        this.embedder = embedder;
        this.threshold = threshold;
    }

    @Override
    public List<Match> similarTo(String text, int limit) {
        float[] x = probed.computeIfAbsent(text, this::unitVector);
        List<Match> matches = new ArrayList<>();
        for (int y = 0; y < vectors.size(); y++) {
            double similarity = cosine(x, vectors.get(y));
            if (similarity >= threshold) {
                matches.add(new Match(y, openings.get(y), similarity));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed().thenComparingInt(Match::index));
        return List.copyOf(matches.subList(0, Math.min(limit, matches.size())));
    }

    @Override
    public void add(String text) {
        float[] x = probed.containsKey(text) ? probed.get(text) : unitVector(text);
        probed.clear();
        vectors.add(x);
        openings.add(text);
    }

    @Override
    public int size() {
        return vectors.size();
    }

    @Override
    public String opening(int index) {
        return openings.get(index);
    }

    @Override
    public double similarity(int a, int b) {
        return Math.max(0, cosine(vectors.get(a), vectors.get(b)));
    }

    @Override
    public double threshold() {
        return threshold;
    }

    private float[] unitVector(String text) {
        float[] v = embedder.embed(text);
        double norm = Math.sqrt(dot(v, v));
        float[] unit = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            unit[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return unit;
    }

    /** Of unit vectors: their dot product, kept within 1 against rounding. */
    private static double cosine(float[] a, float[] b) {
        return Math.min(1, dot(a, b));
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
