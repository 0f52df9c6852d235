package dev.curveball.core.config;

import dev.curveball.core.error.Require;
import java.util.List;

/**
 * The {@code nightly:} block of {@code curveball.yaml}: what {@code curveball nightly} adds to a run.
 * Every field is optional; paths are relative to the config file's folder.
 *
 * <pre>{@code nightly:
 *   golden: golden          # the golden folder replayed every night beside fresh scenarios
 *   baseline: latest        # or a run directory; latest: the newest earlier run under out
 *   min_gate: 24            # exit 1 below this Launch Gate score
 *   alpha: 0.05             # significance of a regression (exact McNemar)
 *   max_regressions: 0      # exit 1 when more scenarios than this regress, significant or not
 *   report: [html, md, junit]}</pre>
 */
public record NightlySettings(String golden, String baseline, Integer minGate, Double alpha, Integer maxRegressions, List<String> report) {
    /** The baseline when none is named: the newest earlier run in the runs folder. */
    public static final String LATEST = "latest";

    public NightlySettings {
        Require.check(golden == null || !golden.isBlank(), "field 'golden' must not be empty; give a folder or leave the field out");
        Require.check(baseline == null || !baseline.isBlank(), "field 'baseline' must not be empty; give a run directory, latest, or leave the field out");
        Require.check(minGate == null || minGate >= 0 && minGate <= 35, "field 'min_gate' must be from 0 to 35, was " + minGate);
        Require.check(alpha == null || alpha > 0 && alpha < 1, "field 'alpha' must be above 0 and below 1, was " + alpha);
        Require.check(maxRegressions == null || maxRegressions >= 0, "field 'max_regressions' must not be negative, was " + maxRegressions);
        report = report == null ? null : List.copyOf(report);
    }

    /** No block: every default. */
    public static NightlySettings defaults() {
        return new NightlySettings(null, null, null, null, null, null);
    }
}
