package dev.curveball.judge.grading;

import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Grade;
import dev.curveball.core.world.World;
import java.util.List;

/**
 * Grades a finished conversation against its rubric. Offline there is {@link #none()}, which grades
 * nothing; {@link ModelGrader} asks a judge model.
 *
 * <pre>{@code new Judge(checks, new ModelGrader(model, Rubric.defaults()))}</pre>
 */
public interface Grader {
    /** One grade per criterion, in rubric order; an empty list when this grader grades nothing. */
    List<Grade> grade(World world, Scenario scenario, Trace trace);

    /** The offline grader: no grades, so only the hard checks judge. */
    static Grader none() {
        return (world, scenario, trace) -> List.of();
    }
}
