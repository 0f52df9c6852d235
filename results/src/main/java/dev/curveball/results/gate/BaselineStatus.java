package dev.curveball.results.gate;

/**
 * What the caller learned by comparing this run with a baseline run (curveball compare, which
 * nightly calls): which run it was, whether the comparison was made, and whether this run
 * regressed against it. The Launch Gate's outcome dimension reads it: without a comparison it is
 * capped, and a regression costs points.
 *
 * <pre>{@code new BaselineStatus("runs/run-2026-12-03", true, false)  // compared, no regression
 * BaselineStatus.none()                                      // nothing compared}</pre>
 */
public record BaselineStatus(String baselineRun, boolean compared, boolean regressed) {

    public BaselineStatus {
        if (regressed && !compared) {
            throw new IllegalArgumentException("a run can regress only against a baseline it was compared with");
        }
    }

    /** No baseline compared. */
    public static BaselineStatus none() {
        return new BaselineStatus(null, false, false);
    }

    /** The baseline, named for notes: "baseline runs/a", or "the baseline" when it has no name. */
    public String describe() {
        return baselineRun == null || baselineRun.isBlank() ? "the baseline" : "baseline " + baselineRun;
    }
}
