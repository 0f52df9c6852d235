package dev.curveball.results;

import dev.curveball.core.category.Dimension;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.judge.check.EscalationCheck;
import dev.curveball.results.gate.BaselineStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores the Launch Gate from what the suite exercised and how the agent did: per dimension, the
 * share of judged (non-ERROR) conversations touching it that passed, scaled to 0 to 5. A dimension
 * no conversation touched scores 0 and says so. The outcome dimension also asks for reliability
 * over repeated trials and a baseline to compare against: a single run with one trial can earn
 * at most {@value #OUTCOME_CAP_SINGLE_TRIAL} of its points there, and no run without a baseline
 * more than {@value #OUTCOME_CAP_WITHOUT_BASELINE}; a run compared with a baseline and found
 * regressed earns at most {@value #OUTCOME_CAP_REGRESSED}. Only a run with several trials compared
 * with a baseline without regression can earn all five.
 */
public final class GateScorer {
    static final int OUTCOME_CAP_SINGLE_TRIAL = 3;
    static final int OUTCOME_CAP_WITHOUT_BASELINE = 4;
    static final int OUTCOME_CAP_REGRESSED = 2;

    private GateScorer() {
    }

    /** The gate of a run no baseline was compared with. */
    public static Gate score(List<Verdict> verdicts, int trials) {
        return score(verdicts, trials, BaselineStatus.none());
    }

    /** The gate, the outcome dimension capped by what {@code trials} and the {@code baseline} comparison can show. */
    public static Gate score(List<Verdict> verdicts, int trials, BaselineStatus baseline) {
        List<DimensionScore> dimensions = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            DimensionScore scored = score(dimension, verdicts);
            dimensions.add(dimension == Dimension.OUTCOME ? capOutcome(scored, trials, baseline) : scored);
        }
        int total = dimensions.stream().mapToInt(DimensionScore::score).sum();
        boolean judged = verdicts.stream().anyMatch(v -> SummaryCalculator.judged(v.outcome()));
        return new Gate(total, Gate.MAX, judged ? Gate.readingOf(total) : Gate.NOT_SCORED, dimensions, judged);
    }

    private static DimensionScore capOutcome(DimensionScore scored, int trials, BaselineStatus baseline) {
        int cap;
        String why;
        if (baseline.regressed()) {
            cap = OUTCOME_CAP_REGRESSED;
            why = "this run regressed against " + baseline.describe();
        } else if (trials < 2) {
            cap = OUTCOME_CAP_SINGLE_TRIAL;
            why = baseline.compared() ? "one trial per scenario says nothing of pass^k reliability (" + baseline.describe()
                    + " compared: no regression)" : "one trial per scenario says nothing of pass^k reliability, and no baseline was compared";
        } else if (!baseline.compared()) {
            cap = OUTCOME_CAP_WITHOUT_BASELINE;
            why = "no baseline was compared for regressions";
        } else {
            return scored.score() == 0 ? scored : new DimensionScore(scored.name(), scored.score(),
                    scored.notes() + "; " + baseline.describe() + " compared: no regression");
        }
        if (scored.score() <= cap) {
            return scored;
        }
        return new DimensionScore(scored.name(), cap, scored.notes() + "; capped at " + cap + ": " + why);
    }

    private static DimensionScore score(Dimension dimension, List<Verdict> verdicts) {
        List<Verdict> touching = verdicts.stream().filter(v -> v.dimensions().contains(dimension)).toList();
        // A FAIL the simulated user caused says nothing of the agent, as in the pass rate.
        List<Verdict> judged = touching.stream().filter(v -> SummaryCalculator.judged(v.outcome()) && !v.simulatorCaused()).toList();
        if (touching.isEmpty()) {
            return new DimensionScore(dimension.id(), 0, "not exercised by this suite: this eval cannot see it");
        }
        if (judged.isEmpty()) {
            if (touching.stream().anyMatch(Verdict::simulatorCaused)) {
                return new DimensionScore(dimension.id(), 0, touching.size() + " conversations, none that judged the agent" + notCounted(touching));
            }
            String all = touching.stream().anyMatch(v -> v.outcome() == Outcome.UNGRADED) ? "all ERROR or UNGRADED" : "all ERROR";
            return new DimensionScore(dimension.id(), 0, touching.size() + " conversations, " + all + ": nothing judged");
        }
        long passed = judged.stream().filter(v -> v.outcome() == Outcome.PASS).count();
        int points = (int) Math.round(5.0 * passed / judged.size());
        return new DimensionScore(dimension.id(), points,
                passed + " of " + judged.size() + " judged conversations passed"
                        + notCounted(touching) + needlessHandOffs(dimension, judged));
    }

    /**
     * "; 4 of the failures hand off a task the agent could resolve": in the dimensions a hand-off
     * belongs to, how many of the failures were needless hand-offs (the escalation and resolution
     * checks fail them), so a placeholder that passes everything to a person reads as what it is.
     */
    private static String needlessHandOffs(Dimension dimension, List<Verdict> judged) {
        if (dimension != Dimension.HIGH_IMPACT && dimension != Dimension.OUTCOME) {
            return "";
        }
        long needless = judged.stream().filter(v -> v.checks().stream().anyMatch(EscalationCheck::needlessHandOff)).count();
        return needless == 0 ? "" : "; " + needless + (needless == 1 ? " failure hands" : " failures hand")
                + " off a task the agent could resolve";
    }

    /** " (2 ERROR not counted)", " (1 ERROR, 3 UNGRADED, 1 caused by the simulated user not counted)", or nothing. */
    private static String notCounted(List<Verdict> touching) {
        long errors = touching.stream().filter(v -> v.outcome() == Outcome.ERROR).count();
        long ungraded = touching.stream().filter(v -> v.outcome() == Outcome.UNGRADED).count();
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(errors + " ERROR");
        }
        if (ungraded > 0) {
            parts.add(ungraded + " UNGRADED");
        }
        long simulator = touching.stream().filter(Verdict::simulatorCaused).count();
        if (simulator > 0) {
            parts.add(simulator + " caused by the simulated user");
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + " not counted)";
    }
}
