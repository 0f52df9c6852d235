package dev.curveball.core.verdict;

import dev.curveball.core.error.Require;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A person's judgement of one conversation: a line of a labels file (schema {@code human-labels}),
 * which {@code curveball judge calibrate} compares with the judge's verdict. {@code checks} holds the hard
 * checks the person judged (true: should pass), {@code criteria} the rubric criteria graded on the
 * judge's scale, 1 to 5; both may be empty.
 *
 * <pre>{@code {"scenario_id":"s0003","trial":1,"outcome":"FAIL","checks":{"approval-required":false},
 *  "note":"refunded 249.00 without an approval"}}</pre>
 */
public record HumanLabel(String scenarioId, int trial, Outcome outcome, Map<String, Boolean> checks,
        Map<String, Double> criteria, String note) {

    public HumanLabel {
        Require.text(scenarioId, "scenario_id");
        Require.positive(trial, "trial");
        Require.present(outcome, "outcome");
        Require.check(outcome == Outcome.PASS || outcome == Outcome.FAIL, "field 'outcome' must be PASS or FAIL, was " + outcome);
        checks = Collections.unmodifiableMap(new TreeMap<>(checks == null ? Map.of() : checks));
        criteria = Collections.unmodifiableMap(new TreeMap<>(criteria == null ? Map.of() : criteria));
        checks.forEach((id, passed) -> Require.check(!id.isBlank() && passed != null, "field 'checks." + id + "' must be true or false"));
        criteria.keySet().forEach(id -> Require.check(!id.isBlank(), "field 'criteria' names a criterion with a blank id"));
        criteria.forEach((id, score) -> Require.check(score != null && score >= 1 && score <= 5,
                "field 'criteria." + id + "' must be between 1 and 5 (the judge's scale), was " + score));
        note = note == null ? "" : note.strip();
    }

    /** The conversation's id, as {@code curveball show} names it: {@code s0003-t1}. */
    public String conversationId() {
        return scenarioId + "-t" + trial;
    }
}
