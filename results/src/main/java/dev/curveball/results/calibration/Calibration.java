package dev.curveball.results.calibration;

import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Grade;
import dev.curveball.core.verdict.HumanLabel;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A run's verdicts set against human labels: the outcome table, one table per labelled check and
 * per labelled criterion the verdict graded, and every disagreement. Only PASS and FAIL verdicts
 * are compared; a labelled conversation whose verdict is anything else (ERROR: infrastructure),
 * or that has no verdict in the run, is counted apart in {@code leftOut}. A labelled check the
 * verdict does not hold, and a labelled criterion it did not grade, are counted apart too.
 *
 * <pre>{@code Calibration c = Calibration.of(verdicts, HumanLabels.read(labelsFile));
 * c.outcomes().kappa()}</pre>
 */
public record Calibration(
        int labels,
        AgreementTable outcomes,
        Map<String, AgreementTable> checks,
        Map<String, CriterionAgreement> criteria,
        List<Disagreement> disagreements,
        Map<String, String> leftOut,
        Map<String, Integer> checksNotInVerdict,
        Map<String, Integer> criteriaNotGraded,
        int unlabelledVerdicts) {

    /** Why a label is left out when the run has no verdict for its conversation. */
    public static final String NO_VERDICT = "no verdict in the run";

    /** The threshold of a grade that names none: the rubric criteria's default. */
    public static final int DEFAULT_THRESHOLD = 3;

    public Calibration {
        checks = Collections.unmodifiableMap(new TreeMap<>(checks));
        criteria = Collections.unmodifiableMap(new TreeMap<>(criteria));
        disagreements = List.copyOf(disagreements);
        leftOut = Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
        checksNotInVerdict = Collections.unmodifiableMap(new TreeMap<>(checksNotInVerdict));
        criteriaNotGraded = Collections.unmodifiableMap(new TreeMap<>(criteriaNotGraded));
    }

    /** Compares {@code verdicts} (a run's, each conversation once) with {@code labels} (each conversation once). */
    public static Calibration of(List<Verdict> verdicts, List<HumanLabel> labels) {
        Map<String, Verdict> byId = new HashMap<>();
        verdicts.forEach(v -> byId.putIfAbsent(v.scenarioId() + "-t" + v.trial(), v));
        Tally tally = new Tally();
        for (HumanLabel label : labels) {
            Verdict verdict = byId.get(label.conversationId());
            if (verdict == null) {
                tally.leftOut.put(label.conversationId(), NO_VERDICT);
            } else if (verdict.outcome() != Outcome.PASS && verdict.outcome() != Outcome.FAIL) {
                tally.leftOut.put(label.conversationId(), verdict.outcome() + " conversation" + (verdict.outcome() == Outcome.ERROR
                        ? " (infrastructure, never the agent's outcome)" : ""));
            } else {
                tally.compare(verdict, label);
            }
        }
        long labelled = labels.stream().map(HumanLabel::conversationId).filter(byId::containsKey).count();
        return new Calibration(labels.size(), tally.outcomes, tally.checks, tally.criteria, tally.disagreements, tally.leftOut,
                tally.checksNotInVerdict, tally.criteriaNotGraded, (int) (byId.size() - labelled));
    }

    /** The conversations compared on their outcome. */
    public int compared() {
        return outcomes.total();
    }

    private static final class Tally {
        AgreementTable outcomes = AgreementTable.empty();
        final Map<String, AgreementTable> checks = new HashMap<>();
        final Map<String, CriterionAgreement> criteria = new HashMap<>();
        final List<Disagreement> disagreements = new ArrayList<>();
        final Map<String, String> leftOut = new LinkedHashMap<>();
        final Map<String, Integer> checksNotInVerdict = new HashMap<>();
        final Map<String, Integer> criteriaNotGraded = new HashMap<>();

        void compare(Verdict verdict, HumanLabel label) {
            String id = label.conversationId();
            boolean judgeFailed = verdict.outcome() == Outcome.FAIL;
            boolean humanFailed = label.outcome() == Outcome.FAIL;
            outcomes = outcomes.plus(judgeFailed, humanFailed);
            if (judgeFailed != humanFailed) {
                String why = verdict.failedChecks().stream().map(CheckResult::id).collect(Collectors.joining(", "));
                disagreements.add(new Disagreement(id, "outcome", verdict.outcome().name(), label.outcome().name(),
                        why.isEmpty() ? "" : "failed: " + why, label.note()));
            }
            label.checks().forEach((check, humanPassed) -> compareCheck(verdict, label, check, humanPassed));
            label.criteria().forEach((criterion, humanScore) -> compareCriterion(verdict, label, criterion, humanScore));
        }

        private void compareCheck(Verdict verdict, HumanLabel label, String check, boolean humanPassed) {
            Optional<CheckResult> result = verdict.checks().stream().filter(c -> c.id().equals(check)).findFirst();
            if (result.isEmpty()) {
                checksNotInVerdict.merge(check, 1, Integer::sum);
                return;
            }
            boolean judgePassed = result.get().passed();
            checks.merge(check, AgreementTable.empty().plus(!judgePassed, !humanPassed), Calibration::sum);
            if (judgePassed != humanPassed) {
                CheckResult r = result.get();
                String message = (r.event() == null ? "" : "event " + r.event() + ": ") + r.message();
                disagreements.add(new Disagreement(label.conversationId(), "check " + check, passed(judgePassed), passed(humanPassed),
                        message, label.note()));
            }
        }

        private void compareCriterion(Verdict verdict, HumanLabel label, String criterion, double humanScore) {
            // Only grades the judge could give count: a voided, ungraded or inconclusive one says nothing of the criterion.
            List<Grade> grades = verdict.grades().stream()
                    .filter(g -> g.criterion().equals(criterion) && g.status() == Grade.Status.GRADED && g.score() != null).toList();
            if (grades.isEmpty()) {
                criteriaNotGraded.merge(criterion, 1, Integer::sum);
                return;
            }
            // Several samples or judge models grade a criterion several times: their mean is the judge's score.
            double judgeScore = grades.stream().mapToDouble(Grade::score).average().orElseThrow();
            int threshold = grades.get(0).threshold() == null ? DEFAULT_THRESHOLD : grades.get(0).threshold();
            criteria.merge(criterion, CriterionAgreement.empty().plus(judgeScore, humanScore, threshold),
                    (a, b) -> new CriterionAgreement(sum(a.table(), b.table()), a.totalAbsoluteDifference() + b.totalAbsoluteDifference()));
            if (judgeScore < threshold != humanScore < threshold) {
                disagreements.add(new Disagreement(label.conversationId(), "criterion " + criterion, met(judgeScore, threshold),
                        met(humanScore, threshold),
                        "", label.note()));
            }
        }
    }

    private static AgreementTable sum(AgreementTable a, AgreementTable b) {
        return new AgreementTable(a.bothFail() + b.bothFail(), a.judgeOnlyFail() + b.judgeOnlyFail(),
                a.humanOnlyFail() + b.humanOnlyFail(), a.bothPass() + b.bothPass());
    }

    private static String passed(boolean passed) {
        return passed ? "passed" : "failed";
    }

    private static String met(double score, int threshold) {
        return String.format(java.util.Locale.ROOT, "%.2f (%s)", score, score < threshold ? "unmet" : "met");
    }
}
