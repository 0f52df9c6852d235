package dev.curveball.results.gate;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How {@link LaunchGate#evaluate} judges a run: the minimum score that passes (0 to 35, default
 * {@value #DEFAULT_MIN}), what a comparison with a baseline found, and the world to read for the
 * risk backlog's suggestions (empty: the folder the run's manifest names).
 *
 * <pre>{@code new GateOptions(24, BaselineStatus.none(), Optional.empty())}</pre>
 */
public record GateOptions(int min, BaselineStatus baseline, Optional<Path> world) {
    public static final int DEFAULT_MIN = 24;

    public GateOptions {
        if (min < 0 || min > dev.curveball.results.Gate.MAX) {
            throw new IllegalArgumentException("min: expected 0 to " + dev.curveball.results.Gate.MAX + ", got " + min);
        }
        baseline = baseline == null ? BaselineStatus.none() : baseline;
        world = world == null ? Optional.empty() : world;
    }

    /** The default minimum, no baseline, the run's own world. */
    public static GateOptions defaults() {
        return new GateOptions(DEFAULT_MIN, BaselineStatus.none(), Optional.empty());
    }
}
