package dev.curveball.judge.grading;

import dev.curveball.core.error.Require;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Grade;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Several judges on one conversation (samples of one model, or several models): each criterion's
 * usable scores are its votes. The side (passing or failing its threshold) most votes are on wins,
 * its median vote giving the grade; as many passing as failing is a split decision, INCONCLUSIVE,
 * never a coin flip. A criterion no judge graded usably keeps the first judge's VOIDED or UNGRADED grade.
 *
 * <pre>{@code new SampledGrader(List.of(sampleOne, sampleTwo, sampleThree))}</pre>
 */
public final class SampledGrader implements Grader {
    private final List<Grader> judges;

    public SampledGrader(List<? extends Grader> judges) {
        Require.check(judges != null && judges.size() >= 2, "a sampled grader needs two judges or more");
        this.judges = List.copyOf(judges);
    }

    @Override
    public List<Grade> grade(World world, Scenario scenario, Trace trace) {
        List<List<Grade>> gradings = judges.stream().map(j -> j.grade(world, scenario, trace)).toList();
        List<Grade> combined = new ArrayList<>();
        for (int i = 0; i < gradings.get(0).size(); i++) {
            int criterion = i;
            combined.add(combine(gradings.stream().map(g -> g.get(criterion)).toList()));
        }
        return combined;
    }

    static Grade combine(List<Grade> grades) {
        List<Grade> usable = grades.stream().filter(g -> !g.unusable()).toList();
        String unusable = usable.size() == grades.size() ? "" : "; " + (grades.size() - usable.size()) + " of " + grades.size()
                + " judges gave no usable grade";
        if (usable.isEmpty()) {
            return grades.get(0).withVotes(List.of(), "no judge gave a usable grade; the first said: " + grades.get(0).note());
        }
        List<Integer> votes = usable.stream().map(Grade::score).toList();
        List<Grade> passing = usable.stream().filter(g -> !g.belowThreshold()).toList();
        List<Grade> failing = usable.stream().filter(Grade::belowThreshold).toList();
        Grade first = usable.get(0);
        if (!passing.isEmpty() && passing.size() == failing.size()) {
            return new Grade(first.criterion(), null, List.of(), null, first.threshold(), Grade.Status.INCONCLUSIVE,
                    "split decision: " + passing.size() + " of " + usable.size() + " votes pass, " + failing.size() + " fail" + unusable, votes);
        }
        List<Grade> side = new ArrayList<>(passing.size() > failing.size() ? passing : failing);
        side.sort(Comparator.comparing(Grade::score));
        Grade median = side.get((side.size() - 1) / 2);
        String note = side.size() + " of " + usable.size() + " votes agree" + unusable;
        return median.withVotes(votes, note);
    }
}
