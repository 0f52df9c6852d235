package dev.curveball.results;

import dev.curveball.core.verdict.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * What {@code curveball judge RUN} did: the run judged again, its summary before (empty when the
 * run had none) and after, what changed, and which world and task definitions it judged with.
 * {@code refreshedTasks} counts the scenarios judged with today's task from the world's
 * {@code tasks.yaml}; {@code recordedTasks} lists the task ids no longer in the world, judged as
 * {@code scenarios.jsonl} recorded them.
 */
public record RejudgeResult(
        RunDirectory directory,
        String worldSource,
        List<String> checks,
        List<Verdict> verdicts,
        Optional<Summary> before,
        Summary after,
        VerdictChanges changes,
        int refreshedTasks,
        List<String> recordedTasks) {

    public RejudgeResult {
        checks = List.copyOf(checks);
        verdicts = List.copyOf(verdicts);
        recordedTasks = List.copyOf(recordedTasks);
    }
}
