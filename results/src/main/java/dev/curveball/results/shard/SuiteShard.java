package dev.curveball.results.shard;

import dev.curveball.core.error.Require;

/**
 * The {@code shard} block of a shard's {@code manifest.json}: which slice of which suite the run
 * played. {@code suite_scenarios} and {@code suite_fingerprint} describe the full scenario list every
 * shard generated or read (see {@link ScenarioFingerprint}), so {@code curveball merge} can tell the
 * shards of one run from those of another and check that the merged list is the one each shard saw.
 *
 * <pre>{@code {"index": 2, "count": 3, "suite_scenarios": 12, "suite_fingerprint": "sha256:9f2c..."}}</pre>
 */
public record SuiteShard(int index, int count, int suiteScenarios, String suiteFingerprint) {
    public SuiteShard {
        new Shard(index, count);
        if (suiteScenarios < 0) {
            throw new IllegalArgumentException("suite_scenarios must not be negative, was " + suiteScenarios);
        }
        Require.text(suiteFingerprint, "suite_fingerprint");
    }

    public static SuiteShard of(Shard shard, int suiteScenarios, String suiteFingerprint) {
        return new SuiteShard(shard.index(), shard.count(), suiteScenarios, suiteFingerprint);
    }

    public Shard shard() {
        return new Shard(index, count);
    }
}
