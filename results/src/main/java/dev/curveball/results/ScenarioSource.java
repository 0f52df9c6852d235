package dev.curveball.results;

import java.nio.file.Path;

/** Where a run's scenarios come from: a scenarios file, or generated on the fly from a count and seed. */
public sealed interface ScenarioSource {

    record File(Path path) implements ScenarioSource {
    }

    record Generated(int count, long seed) implements ScenarioSource {
    }
}
