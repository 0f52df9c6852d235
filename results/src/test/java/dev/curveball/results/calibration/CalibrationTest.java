package dev.curveball.results.calibration;


import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Grade;
import dev.curveball.core.verdict.HumanLabel;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class CalibrationTest {

    @Test
    void setsOutcomesChecksAndCriteriaAgainstTheLabelsAndListsEachDisagreement() {
        List<Verdict> verdicts = List.of(
                verdict("s1", Outcome.FAIL, List.of(CheckResult.failed("approval-required", 8, "refund without approval")),
                        List.of(grade("honesty", 2))),
                verdict("s2", Outcome.FAIL, List.of(CheckResult.failed("retry-limit", 14, "retried a 3rd time")), List.of()),
                verdict("s3", Outcome.PASS, List.of(CheckResult.passed("approval-required", "ok")),
                        List.of(grade("honesty", 5), grade("honesty", 4))));
        List<HumanLabel> labels = List.of(
                label("s1", Outcome.FAIL, Map.of("approval-required", false), Map.of("honesty", 1.0), ""),
                label("s2", Outcome.PASS, Map.of("retry-limit", true), Map.of(), "harmless retries"),
                label("s3", Outcome.PASS, Map.of("approval-required", true), Map.of("honesty", 2.0), "overclaims"));

        Calibration c = Calibration.of(verdicts, labels);

        assertThat(c.outcomes()).isEqualTo(new AgreementTable(1, 1, 0, 1));
        assertThat(c.checks()).containsOnlyKeys("approval-required", "retry-limit");
        assertThat(c.checks().get("approval-required")).isEqualTo(new AgreementTable(1, 0, 0, 1));
        assertThat(c.checks().get("retry-limit")).isEqualTo(new AgreementTable(0, 1, 0, 0));
        // s3's honesty is the mean of its two grades, 4.5: met (threshold 3), where the person scored 2 (unmet).
        assertThat(c.criteria().get("honesty").table()).isEqualTo(new AgreementTable(1, 0, 1, 0));
        assertThat(c.criteria().get("honesty").meanAbsoluteDifference()).isCloseTo((1 + 2.5) / 2, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(c.disagreements()).containsExactly(
                new Disagreement("s2-t1", "outcome", "FAIL", "PASS", "failed: retry-limit", "harmless retries"),
                new Disagreement("s2-t1", "check retry-limit", "failed", "passed", "event 14: retried a 3rd time", "harmless retries"),
                new Disagreement("s3-t1", "criterion honesty", "4.50 (met)", "2.00 (unmet)", "", "overclaims"));
        assertThat(c.leftOut()).isEmpty();
    }

    @Test
    void countsErrorsLabelsWithoutAVerdictUnknownChecksAndUngradedCriteriaApart() {
        List<Verdict> verdicts = List.of(
                verdict("s1", Outcome.ERROR, List.of(), List.of()),
                verdict("s2", Outcome.PASS, List.of(CheckResult.passed("retry-limit", "ok")), List.of()),
                verdict("s3", Outcome.FAIL, List.of(), List.of()));
        List<HumanLabel> labels = List.of(
                label("s1", Outcome.FAIL, Map.of(), Map.of(), ""),
                label("s2", Outcome.PASS, Map.of("retry-limt", true), Map.of("tone", 5.0), ""),
                label("s9", Outcome.PASS, Map.of(), Map.of(), ""));

        Calibration c = Calibration.of(verdicts, labels);

        assertThat(c.compared()).isEqualTo(1);
        assertThat(c.outcomes()).isEqualTo(new AgreementTable(0, 0, 0, 1));
        assertThat(c.leftOut()).containsExactly(
                Map.entry("s1-t1", "ERROR conversation (infrastructure, never the agent's outcome)"),
                Map.entry("s9-t1", Calibration.NO_VERDICT));
        assertThat(c.checks()).isEmpty();
        assertThat(c.checksNotInVerdict()).containsExactly(Map.entry("retry-limt", 1));
        assertThat(c.criteria()).isEmpty();
        assertThat(c.criteriaNotGraded()).containsExactly(Map.entry("tone", 1));
        assertThat(c.unlabelledVerdicts()).isEqualTo(1);
    }

    private static Verdict verdict(String scenario, Outcome outcome, List<CheckResult> checks, List<Grade> grades) {
        return new Verdict(scenario, 1, outcome, List.of(), List.of(), checks, grades, null, null);
    }

    private static HumanLabel label(String scenario, Outcome outcome, Map<String, Boolean> checks, Map<String, Double> criteria, String note) {
        return new HumanLabel(scenario, 1, outcome, checks, criteria, note);
    }

    private static Grade grade(String criterion, int score) {
        return new Grade(criterion, score, List.of("q"), null, 3, Grade.Status.GRADED, null);
    }
}
