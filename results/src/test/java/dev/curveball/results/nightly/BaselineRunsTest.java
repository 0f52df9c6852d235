package dev.curveball.results.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.io.Json;
import dev.curveball.results.Manifest;
import dev.curveball.results.shard.SuiteShard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineRunsTest {
    @TempDir
    Path runs;

    @Test
    void picksTheNewestFinishedRunOfTheSameWorldByItsManifestNotItsName() throws IOException {
        run("zzz-oldest", "acme-support", "2026-12-01T02:00:00Z", true);
        Path newest = run("aaa-newest", "acme-support", "2026-12-03T02:00:00Z", true);
        run("unfinished", "acme-support", "2026-12-03T05:00:00Z", false);
        run("other-world", "pageturner-books", "2026-12-03T06:00:00Z", true);
        Files.createDirectories(runs.resolve("not-a-run"));
        Files.writeString(runs.resolve("not-a-run/summary.json"), "{}");

        assertThat(BaselineRuns.latest(runs, "acme-support", runs.resolve("tonight"))).contains(newest);
    }

    @Test
    void neverComparesTonightWithItself() throws IOException {
        Path tonight = run("tonight", "acme-support", "2026-12-04T02:00:00Z", true);
        Path yesterday = run("yesterday", "acme-support", "2026-12-03T02:00:00Z", true);

        assertThat(BaselineRuns.latest(runs, "acme-support", tonight)).contains(yesterday);
    }

    @Test
    void aShardIsNoBaselineTheRunMergedFromTheShardsIs() throws IOException {
        Path merged = run("nightly-2026-12-03", "acme-support", "2026-12-03T02:00:00Z", true);
        Path shard = run("nightly-2026-12-03-shard-1-of-2", "acme-support", "2026-12-03T03:00:00Z", true);
        Manifest sliced = Manifest.builder().agent("naive").world("acme-support").createdAt(Instant.parse("2026-12-03T03:00:00Z")).trials(1)
                .shard(new SuiteShard(1, 2, 8, "sha256:ab")).build();
        Files.writeString(shard.resolve("manifest.json"), Json.writePretty(sliced));

        assertThat(BaselineRuns.latest(runs, "acme-support", runs.resolve("tonight"))).contains(merged);
    }

    @Test
    void findsNothingInAMissingOrEmptyFolder() {
        assertThat(BaselineRuns.latest(runs.resolve("missing"), "acme-support", null)).isEmpty();
        assertThat(BaselineRuns.latest(runs, "acme-support", null)).isEmpty();
    }

    @Test
    void seedsEachNightWithItsDate() {
        assertThat(NightlySeed.of(LocalDate.of(2026, 12, 4))).isEqualTo(20261204L);
        assertThat(NightlySeed.of(LocalDate.of(2027, 1, 1))).isEqualTo(20270101L);
    }

    private Path run(String name, String world, String created, boolean finished) throws IOException {
        Path dir = Files.createDirectories(runs.resolve(name));
        Manifest manifest = Manifest.builder().agent("naive").world(world).createdAt(Instant.parse(created)).trials(1).build();
        Files.writeString(dir.resolve("manifest.json"), Json.writePretty(manifest));
        if (finished) {
            Files.writeString(dir.resolve("summary.json"), "{}");
        }
        return dir;
    }
}
