package dev.curveball.bench;

import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.results.RunListener;
import dev.curveball.results.RunRequest;
import dev.curveball.results.RunService;
import dev.curveball.results.ScenarioSource;
import dev.curveball.results.shard.MergeResult;
import dev.curveball.results.shard.Shard;
import dev.curveball.results.shard.ShardMerge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints what sharding costs and saves: plays N scenarios (default 1,000, one trial) offline in
 * process against the {@code naive} demo agent in S shards one after another (default 4), the time
 * of each, then the time {@code curveball merge} takes to join them, the merged files' size and the
 * peak heap during the merge. Figures, not assertions.
 */
public final class MergeBench {
    private MergeBench() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> numbers = Arrays.stream(args).filter(a -> a.matches("\\d+")).map(Integer::parseInt).toList();
        int count = numbers.isEmpty() ? 1_000 : numbers.get(0);
        int shards = numbers.size() < 2 ? 4 : numbers.get(1);
        World acme = WorldLoader.load(Path.of("examples/acme-support"));
        PersonaLibrary personas = PersonaLibrary.load(Path.of("personas"));
        Path root = Files.createTempDirectory("curveball-merge-bench");
        System.out.printf(Locale.ROOT, "Curveball merge bench: %,d scenarios in %d shards against the naive demo agent, %d cores, Java %s%n",
                count, shards, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        List<Path> dirs = new ArrayList<>();
        for (int i = 1; i <= shards; i++) {
            Path out = root.resolve("shard-" + i);
            long start = System.nanoTime();
            new RunService().run(RunRequest.builder().agent("naive").world(acme).worldSource("examples/acme-support").personas(personas)
                    .scenarios(new ScenarioSource.Generated(count, 7L)).parallel(2).out(out).turnTimeout(Duration.ofSeconds(30))
                    .shard(new Shard(i, shards)).build(), RunListener.SILENT);
            System.out.printf(Locale.ROOT, "  shard %d/%d played and judged in %.1f s%n", i, shards, seconds(start));
            dirs.add(out);
        }
        System.gc();
        Memory.resetPeaks();
        long start = System.nanoTime();
        MergeResult merged = ShardMerge.merge(dirs, root.resolve("merged"), false);
        double took = seconds(start);
        long bytes = Files.size(merged.directory().resolve("traces.jsonl")) + Files.size(merged.directory().resolve("verdicts.jsonl"));
        System.out.printf(Locale.ROOT, "  merged %,d conversations in %.2f s (%s of traces and verdicts); peak heap during the merge %s%n",
                merged.summary().conversations(), took, Memory.megabytes(bytes), Memory.megabytes(Memory.peakHeap()));
        System.out.println("  merged run: " + merged.directory());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
