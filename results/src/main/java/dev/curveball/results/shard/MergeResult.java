package dev.curveball.results.shard;

import dev.curveball.results.Manifest;
import dev.curveball.results.Summary;
import java.nio.file.Path;
import java.util.List;

/** What {@code curveball merge} wrote: the merged run directory, its manifest and summary, and the shards missing from it (none unless partial). */
public record MergeResult(Path directory, Manifest manifest, Summary summary, List<Integer> missing) {
    public MergeResult {
        missing = List.copyOf(missing);
    }

    /** How many shards were merged. */
    public int merged() {
        return manifest.merged().shards().size();
    }
}
