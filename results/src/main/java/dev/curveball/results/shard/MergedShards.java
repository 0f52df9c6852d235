package dev.curveball.results.shard;

import java.time.Instant;
import java.util.List;

/**
 * The {@code merged} block of a merged run's {@code manifest.json}: the {@code count} shards it was
 * cut into, each shard merged (where its run directory was, when it started, how many
 * conversations it played), and the indexes of the shards that were {@code missing} (only with
 * {@code merge --allow-partial}; empty otherwise).
 *
 * <pre>{@code {"count": 3, "shards": [{"index": 1, "directory": "runs/shard-1", ...}], "missing": []}}</pre>
 */
public record MergedShards(int count, List<Part> shards, List<Integer> missing) {
    public MergedShards {
        shards = List.copyOf(shards);
        missing = List.copyOf(missing == null ? List.of() : missing);
    }

    /** One shard merged in. */
    public record Part(int index, String directory, Instant createdAt, int conversations) {
    }
}
