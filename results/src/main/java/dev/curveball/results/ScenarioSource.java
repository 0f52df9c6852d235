package dev.curveball.results;

import java.nio.file.Path;

/** Where a run's scenarios come from: a scenarios file, or generated on the fly from a count and seed. */
public sealed interface ScenarioSource {

    record File(Path path) implements ScenarioSource {
    }

    record Generated(int count, long seed) implements ScenarioSource {
    }

    /**
     * A night's suite ({@code curveball nightly}): {@code count} scenarios generated fresh with the
     * night's {@code seed}, then the cases of the {@code golden} folder, replayed (null: none).
     */
    record Nightly(int count, long seed, Path golden) implements ScenarioSource {
        public Generated generated() {
            return new Generated(count, seed);
        }
    }
}
