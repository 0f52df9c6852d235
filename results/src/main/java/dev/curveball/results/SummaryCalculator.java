package dev.curveball.results;

import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Grade;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.judge.grading.Agreement;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.stats.Interval;
import dev.curveball.results.stats.ScenarioReliability;
import dev.curveball.results.stats.Wilson;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes a run's {@link Summary} from its verdicts. */
public final class SummaryCalculator {
    private SummaryCalculator() {
    }

    public static Summary summarize(List<Verdict> verdicts, int trials, int unreachable, List<String> viewsNotAvailable) {
        int passed = count(verdicts, Outcome.PASS);
        int failed = count(verdicts, Outcome.FAIL);
        int simulatorFailures = (int) verdicts.stream().filter(Verdict::simulatorCaused).count();
        int agentJudged = passed + failed - simulatorFailures;
        Map<String, Integer> failedChecks = new TreeMap<>();
        Map<String, Integer> endReasons = new TreeMap<>();
        for (Verdict v : verdicts) {
            for (CheckResult c : v.failedChecks()) {
                failedChecks.merge(c.id(), 1, Integer::sum);
            }
            if (v.endReason() != null) {
                endReasons.merge(v.endReason().id(), 1, Integer::sum);
            }
        }
        return Summary.builder()
                .conversations(verdicts.size())
                .passed(passed)
                .failed(failed)
                .errors(count(verdicts, Outcome.ERROR))
                .ungraded(count(verdicts, Outcome.UNGRADED))
                .passRate(agentJudged == 0 ? null : round((double) passed / agentJudged))
                .simulatorFailures(simulatorFailures)
                .simulatorErrorRate(simulatorErrorRate(verdicts, passed + failed))
                .trials(trials)
                .passHatK(passHatK(verdicts, trials))
                .passRateInterval(Wilson.interval(passed, agentJudged).orElse(null))
                .passHatKOver(passHatKScenarios(verdicts, trials), passHatKInterval(verdicts, trials))
                .failedChecks(failedChecks)
                .endReasons(endReasons)
                .agentUnreachable(unreachable)
                .viewsNotAvailable(viewsNotAvailable)
                .gate(GateScorer.score(verdicts, trials))
                .judgeAgreement(agreement(verdicts))
                .grades(gradeStatuses(verdicts))
                .cost(CostSummary.of(verdicts))
                .build();
    }

    /** The share of judged conversations (PASS or FAIL) in which the simulated user was found at fault. */
    static Double simulatorErrorRate(List<Verdict> verdicts, int judged) {
        long faulty = verdicts.stream().filter(v -> v.outcome() != Outcome.ERROR && !v.simulatorFaults().isEmpty()).count();
        return judged == 0 ? null : round((double) faulty / judged);
    }

    /**
     * τ-bench pass^k: scenarios whose k trials all passed, among scenarios with k judged trials; a
     * trial the simulated user failed is not a judgement of the agent, so its scenario is left out like an ERROR's.
     */
    static Double passHatK(List<Verdict> verdicts, int k) {
        List<ScenarioReliability> complete = completeScenarios(verdicts, k);
        if (complete.isEmpty()) {
            return null;
        }
        long allPassed = complete.stream().filter(s -> s.allPassed(k)).count();
        return round((double) allPassed / complete.size());
    }

    /** How many scenarios pass^k is a share of; null when none qualifies. */
    static Integer passHatKScenarios(List<Verdict> verdicts, int k) {
        int complete = completeScenarios(verdicts, k).size();
        return complete == 0 ? null : complete;
    }

    /** The Wilson interval of pass^k over the scenarios it is a share of. */
    static Interval passHatKInterval(List<Verdict> verdicts, int k) {
        List<ScenarioReliability> complete = completeScenarios(verdicts, k);
        return Wilson.interval(complete.stream().filter(s -> s.allPassed(k)).count(), complete.size()).orElse(null);
    }

    private static List<ScenarioReliability> completeScenarios(List<Verdict> verdicts, int k) {
        return ScenarioReliability.of(verdicts).values().stream().filter(s -> s.complete(k)).toList();
    }

    /** Krippendorff's alpha over every criterion of every conversation that several judges scored; null when none did. */
    static Double agreement(List<Verdict> verdicts) {
        List<List<Integer>> units = verdicts.stream().flatMap(v -> v.grades().stream()).map(Grade::votes)
                .filter(votes -> votes.size() >= 2).toList();
        return Agreement.alpha(units).map(SummaryCalculator::round).orElse(null);
    }

    /** {graded: 12, voided: 3}: every criterion's grade by status, so voided and ungraded scores are counted and shown. */
    static Map<String, Integer> gradeStatuses(List<Verdict> verdicts) {
        Map<String, Integer> counts = new TreeMap<>();
        verdicts.stream().flatMap(v -> v.grades().stream())
                .forEach(g -> counts.merge(g.status().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
        return counts;
    }

    /** PASS or FAIL: an ERROR or UNGRADED conversation says nothing of the agent either way. */
    static boolean judged(Outcome outcome) {
        return outcome == Outcome.PASS || outcome == Outcome.FAIL;
    }

    private static int count(List<Verdict> verdicts, Outcome outcome) {
        return (int) verdicts.stream().filter(v -> v.outcome() == outcome).count();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
