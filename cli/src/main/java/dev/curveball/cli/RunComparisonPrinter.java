package dev.curveball.cli;

import dev.curveball.results.compare.CheckRow;
import dev.curveball.results.compare.Comparison;
import dev.curveball.results.compare.NewFailure;
import dev.curveball.results.compare.RateRow;
import dev.curveball.results.compare.Rates;
import dev.curveball.results.compare.ScenarioChange;
import dev.curveball.results.compare.ScenarioStatus;
import dev.curveball.results.stats.Interval;
import dev.curveball.results.stats.PairedDifference;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** Prints a {@link Comparison} for the terminal: rates, delta, McNemar, scenario lists, tags, checks, cost and latency. */
final class RunComparisonPrinter {
    /** Scenarios listed per section unless --verbose. */
    static final int SHOWN = 20;
    private final PrintWriter out;
    private final boolean verbose;

    RunComparisonPrinter(PrintWriter out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    void print(Comparison c) {
        out.printf("compare  A %s (agent %s, %s)%n", c.a().directory(), c.a().agent(), trials(c.a().trials()));
        out.printf("         B %s (agent %s, %s)%n", c.b().directory(), c.b().agent(), trials(c.b().trials()));
        out.printf("  pass rate  A %s -> B %s%n", Rates.text(c.rateA(), c.intervalA()), Rates.text(c.rateB(), c.intervalB()));
        out.printf("  delta      %s over %d paired conversations judged in both runs%n",
                c.delta().map(PairedDifference::points).orElse("n/a"), c.judgedPairs());
        out.printf("  McNemar    b=%d regressed, c=%d fixed, exact p=%s%n", c.regressions(), c.fixes(), Comparison.p(c.pValue()));
        out.printf("  scenarios  %d regressed, %d fixed, %d flaky (not counted), %d unchanged, %d changed, %d added, %d removed, %d not judged%n",
                c.regressions(), c.fixes(), count(c, ScenarioStatus.FLAKY), count(c, ScenarioStatus.UNCHANGED), count(c, ScenarioStatus.CHANGED),
                count(c, ScenarioStatus.ADDED), count(c, ScenarioStatus.REMOVED), count(c, ScenarioStatus.NOT_JUDGED));
        if (c.notJudged().total() > 0) {
            out.printf("  left out   %d paired conversations: %d error, %d ungraded, %d simulator-caused%n", c.notJudged().total(),
                    c.notJudged().errors(), c.notJudged().ungraded(), c.notJudged().simulatorCaused());
        }
        list("regressions", c.with(ScenarioStatus.REGRESSED));
        list("fixes", c.with(ScenarioStatus.FIXED));
        list("flaky, not counted", c.with(ScenarioStatus.FLAKY));
        list("changed scenarios (same id, different case; not compared)", c.with(ScenarioStatus.CHANGED));
        list("unpaired", c.scenarios().stream().filter(s -> s.status() == ScenarioStatus.ADDED || s.status() == ScenarioStatus.REMOVED
                || s.status() == ScenarioStatus.NOT_JUDGED).toList());
        tags(c.tags());
        checks(c.checks());
        out.printf("  cost       %s%n", c.costs().describe());
        out.printf("  latency    conversation %s -> %s; agent turn %s -> %s%n", c.timings().conversationsA().describe(),
                c.timings().conversationsB().describe(), c.timings().turnsA().describe(), c.timings().turnsB().describe());
        out.printf("  result     %s%n", c.decision());
    }

    private void list(String title, List<ScenarioChange> scenarios) {
        if (scenarios.isEmpty()) {
            return;
        }
        out.printf("  %s:%n", title);
        List<ScenarioChange> shown = verbose ? scenarios : scenarios.subList(0, Math.min(SHOWN, scenarios.size()));
        for (ScenarioChange s : shown) {
            out.printf("    %-8s %-10s %s%s%n", s.scenarioId(), s.status().label(), s.counts(), s.note().isEmpty() ? "" : "  " + s.note());
            for (NewFailure f : s.newFailures()) {
                out.printf("      %s: %s: %s%n", f.conversation(), f.where(), f.message());
            }
        }
        if (shown.size() < scenarios.size()) {
            out.printf("    ... and %d more (--verbose lists all; comparison.md and comparison.html hold them)%n", scenarios.size() - shown.size());
        }
    }

    private void tags(List<RateRow> rows) {
        List<RateRow> shown = rows.stream().filter(r -> verbose || r.changed()).toList();
        if (shown.isEmpty()) {
            return;
        }
        out.printf("  pass rate per tag%s:%n", verbose ? "" : " (changed only; --verbose for all)");
        shown.forEach(r -> out.printf("    %-22s A %-32s B %s%n", r.name(), Rates.text(r.rateA(), r.intervalA()), Rates.text(r.rateB(), r.intervalB())));
    }

    private void checks(List<CheckRow> rows) {
        List<CheckRow> shown = rows.stream().filter(r -> verbose || r.changed()).toList();
        if (shown.isEmpty()) {
            return;
        }
        out.printf("  failures per check%s:%n", verbose ? "" : " (changed only; --verbose for all)");
        shown.forEach(r -> out.printf("    %-22s A %-34s B %s%n", r.check(), share(r.failedA(), r.judged(), r.failureIntervalA()),
                share(r.failedB(), r.judged(), r.failureIntervalB())));
    }

    private static String share(int count, int of, Optional<Interval> interval) {
        return count + " of " + of + interval.map(i -> " (95% CI " + i.percent() + ")").orElse("");
    }

    private static long count(Comparison c, ScenarioStatus status) {
        return c.with(status).size();
    }

    private static String trials(int k) {
        return k + (k == 1 ? " trial" : " trials");
    }
}
