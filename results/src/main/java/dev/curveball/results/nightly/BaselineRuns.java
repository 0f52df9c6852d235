package dev.curveball.results.nightly;

import dev.curveball.results.Manifest;
import dev.curveball.results.RunDirectory;
import dev.curveball.core.error.CurveballException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the run a night compares with: the newest run directory under the runs folder that finished
 * (it holds {@code summary.json}), was played in the same world, is not a shard (a slice of a run
 * compares with nothing; the run merged from the shards does), and is not tonight's run. Runs are
 * ordered by their manifest's {@code created_at}, not by folder name or file time, which copies and
 * checkouts change. A folder that is not a run, or whose manifest cannot be read, is passed over.
 */
public final class BaselineRuns {
    private BaselineRuns() {
    }

    /** The newest finished run of {@code world} under {@code runs} other than {@code tonight}; empty when there is none. */
    public static Optional<Path> latest(Path runs, String world, Path tonight) {
        if (!Files.isDirectory(runs)) {
            return Optional.empty();
        }
        try (Stream<Path> children = Files.list(runs)) {
            List<Candidate> finished = children.filter(Files::isDirectory)
                    .filter(dir -> !sameFolder(dir, tonight))
                    .filter(dir -> Files.isRegularFile(dir.resolve("summary.json")))
                    .map(BaselineRuns::candidate).flatMap(Optional::stream)
                    .filter(c -> world.equals(c.world()) && !c.shard())
                    .toList();
            return finished.stream().max(Comparator.comparing(Candidate::createdAt).thenComparing(c -> c.dir().getFileName().toString()))
                    .map(Candidate::dir);
        } catch (IOException e) {
            throw CurveballException.invalidInput("baseline: cannot list " + runs + ": " + e.getMessage());
        }
    }

    private record Candidate(Path dir, String world, Instant createdAt, boolean shard) {
    }

    private static Optional<Candidate> candidate(Path dir) {
        try {
            Manifest manifest = RunDirectory.open(dir).readManifest();
            Instant created = manifest.createdAt() == null ? Instant.EPOCH : manifest.createdAt();
            return Optional.of(new Candidate(dir, manifest.world(), created, manifest.shard() != null));
        } catch (CurveballException notARun) {
            return Optional.empty();
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        return b != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
