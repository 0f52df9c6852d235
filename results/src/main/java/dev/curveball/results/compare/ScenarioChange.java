package dev.curveball.results.compare;

import java.util.List;
import java.util.Locale;

/**
 * One scenario of the comparison: its status, and over the trials judged in both runs
 * ({@code judged} of {@code pairs} paired trials), how many passed in A and in B. For a
 * regression, {@code newFailures} lists the checks B fails that A never failed (or B's failed checks
 * when A failed the same ones less often). {@code note} says why a changed, flaky or unjudged
 * scenario is not counted.
 */
public record ScenarioChange(String scenarioId, ScenarioStatus status, int pairs, int judged, int passedA, int passedB,
        List<NewFailure> newFailures, String note) {

    public ScenarioChange {
        newFailures = List.copyOf(newFailures);
        note = note == null ? "" : note;
    }

    /** {@code 3/3 -> 1/3}: passes of the judged trials in A, then in B. */
    public String counts() {
        if (judged == 0) {
            return status == ScenarioStatus.NOT_JUDGED ? "not judged" : "not compared";
        }
        return String.format(Locale.ROOT, "%d/%d -> %d/%d", passedA, judged, passedB, judged);
    }
}
