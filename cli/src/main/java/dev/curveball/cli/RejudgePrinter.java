package dev.curveball.cli;

import dev.curveball.results.RejudgeResult;
import dev.curveball.results.Summary;
import dev.curveball.results.VerdictChanges;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Prints what {@code curveball judge RUN} changed: outcomes before and after, flips, per-check changes, new checks. */
final class RejudgePrinter {
    private final PrintWriter out;
    private final int flipsShown;

    RejudgePrinter(PrintWriter out, int flipsShown) {
        this.out = out;
        this.flipsShown = flipsShown;
    }

    void print(RejudgeResult result) {
        Summary after = result.after();
        out.printf("Judged %d conversations of %s again with %d checks, in the world of %s; the agent was not called.%n",
                after.conversations(), result.directory().path(), result.checks().size(), result.worldSource());
        tasks(result);
        result.before().ifPresent(before -> out.println("  before: " + outcomes(before)));
        out.println("  now:    " + outcomes(after));
        VerdictChanges changes = result.changes();
        if (changes.judgedFirstTime() > 0) {
            out.printf("  %d conversation%s had no verdict before%n", changes.judgedFirstTime(), changes.judgedFirstTime() == 1 ? "" : "s");
        }
        if (changes.none() && changes.judgedFirstTime() == 0) {
            out.println("No change: every outcome and every check's result is as it was.");
        } else {
            flips(changes.flips());
            checks(changes);
        }
        out.println("Rewrote verdicts.jsonl and summary.json; the replaced ones are kept as verdicts.previous.jsonl and summary.previous.json.");
        out.flush();
    }

    private void tasks(RejudgeResult result) {
        if (result.refreshedTasks() > 0) {
            out.printf("  %d scenario%s judged with today's task definitions from tasks.yaml%n", result.refreshedTasks(),
                    result.refreshedTasks() == 1 ? "" : "s");
        }
        if (result.refreshedTasks() == 0 && result.recordedTasks().isEmpty()) {
            out.println("  scenarios judged as scenarios.jsonl recorded them (the run played a scenarios file, not the world's tasks)");
        }
        if (!result.recordedTasks().isEmpty()) {
            out.println("  tasks no longer in the world, judged as scenarios.jsonl recorded them: " + String.join(", ", result.recordedTasks()));
        }
    }

    private void flips(List<VerdictChanges.Flip> flips) {
        if (flips.isEmpty()) {
            out.println("Outcomes flipped: none");
            return;
        }
        out.println("Outcomes flipped: " + flips.size());
        flips.stream().limit(flipsShown).forEach(f -> out.printf("  %-12s %s -> %s%n", f.conversation(),
                f.before().map(Enum::name).orElse("(not judged)"), f.after()));
        if (flips.size() > flipsShown) {
            out.printf("  ... and %d more (--verbose lists all)%n", flips.size() - flipsShown);
        }
    }

    private void checks(VerdictChanges changes) {
        if (!changes.checks().isEmpty()) {
            out.println("Checks that changed (conversations):");
            int width = width(changes.checks());
            changes.checks().forEach((id, c) -> out.printf("  %-" + width + "s now failing %d, now passing %d%n",
                    id, c.nowFailing(), c.nowPassing()));
        }
        if (!changes.newChecks().isEmpty()) {
            out.println("New checks (in no earlier verdict of this run):");
            int width = width(changes.newChecks());
            changes.newChecks().forEach((id, c) -> out.printf("  %-" + width + "s judged %d conversation%s, failed %d%n",
                    id, c.ran(), c.ran() == 1 ? "" : "s", c.failed()));
        }
        if (!changes.goneChecks().isEmpty()) {
            out.println("Checks gone (in earlier verdicts, judging nothing now): " + String.join(", ", changes.goneChecks()));
        }
    }

    private static int width(Map<String, ?> checks) {
        return checks.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private static String outcomes(Summary s) {
        return String.format("passed %d, failed %d, errors %d; pass rate %s", s.passed(), s.failed(), s.errors(),
                SummaryPrinter.rate(s.passRate(), s.passRateInterval()));
    }
}
