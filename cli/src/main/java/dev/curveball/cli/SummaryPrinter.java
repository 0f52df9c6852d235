package dev.curveball.cli;

import dev.curveball.results.DimensionScore;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.RunErrors;
import dev.curveball.results.RunResult;
import dev.curveball.results.Summary;
import dev.curveball.results.stats.Interval;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a finished run's summary: outcomes, failing checks, the gate, blind spots, where the files are. */
final class SummaryPrinter {
    private static final int LISTED = 5;

    private final PrintWriter out;

    SummaryPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(RunResult result) {
        Summary s = result.summary();
        out.printf("Played %d conversations (%d scenarios x %d trial%s).%n", s.conversations(), result.scenarios().size(), s.trials(),
                s.trials() == 1 ? "" : "s");
        out.printf("  passed %d, failed %d, errors %d%s; pass rate %s%s%n", s.passed(), s.failed(), s.errors(),
                s.ungraded() == null ? "" : ", ungraded " + s.ungraded() + " (not in the pass rate)", rate(s.passRate(), s.passRateInterval()), s.trials() > 1 ? ", pass^" + s.trials() + " " + passHatK(s) : "");
        if (s.stopped() != null) {
            out.println("  " + s.stopped().describe() + "; play them with --resume --out " + result.directory().path()
                    + " and a higher --max-spend, or none");
        }
        simulator(result);
        if (!s.grades().isEmpty()) {
            out.println("  criteria grades: " + counts(s.grades())
                    + (s.grades().containsKey("voided") ? " (voided: a quoted piece of evidence is not in the transcript, or none was quoted)" : ""));
        }
        if (s.judgeAgreement() != null) {
            out.printf(java.util.Locale.ROOT, "  judge agreement: Krippendorff's alpha %.2f over the criteria several judges scored%n", s.judgeAgreement());
        }
        if (!s.failedChecks().isEmpty()) {
            out.println("  failing checks: " + counts(s.failedChecks()));
        }
        out.println("  ended: " + counts(s.endReasons()));
        if (s.cost() != null && s.cost().any()) { // nothing spent or counted: summary.json still has the block
            out.println("  cost: " + s.cost().describe());
        }
        gate(s);
        out.println("  what this eval cannot see:");
        s.viewsNotAvailable().forEach(v -> out.println("    - " + v));
        out.println("  run directory: " + result.directory().path());
        out.flush();
    }

    /** The simulated user's own record, one line: how often the audit found it at fault, and the failures it caused (not the agent's). */
    private void simulator(RunResult result) {
        Summary s = result.summary();
        int judged = s.passed() + s.failed();
        if (judged == 0) {
            out.println("  simulated user: not audited, no conversation was judged");
            return;
        }
        long faulty = result.verdicts().stream().filter(v -> v.outcome() != Outcome.ERROR && !v.simulatorFaults().isEmpty()).count();
        List<String> caused = result.verdicts().stream().filter(Verdict::simulatorCaused).map(RunErrors::conversation).toList();
        String failures = caused.isEmpty() ? "no failure was its doing"
                : "it caused " + caused.size() + " failure" + (caused.size() == 1 ? "" : "s") + ", left out of the pass rate: "
                + String.join(", ", caused.subList(0, Math.min(caused.size(), LISTED)))
                + (caused.size() > LISTED ? " and " + (caused.size() - LISTED) + " more" : "");
        out.printf("  simulated user: at fault in %d of %d judged conversations (%s); %s%n", faulty, judged,
                percent(s.simulatorErrorRate()), failures);
    }

    /** A gate over no judged conversation would read 0/35 as the agent's score; it was not scored, and says why. */
    private void gate(Summary s) {
        if (!s.gate().scored()) {
            out.printf("  launch gate %s (%s)%n", s.gate().verdict(),
                    s.conversations() == 0 ? "the run has no conversations" : "all " + s.conversations() + " are ERROR");
            return;
        }
        out.printf("  launch gate %d/%d: %s%n", s.gate().score(), s.gate().max(), s.gate().verdict());
        for (DimensionScore d : s.gate().dimensions()) {
            out.printf("    %-14s %d/5  %s%n", d.name(), d.score(), d.notes());
        }
    }

    /** {@code 85.0% (95% CI 64.0–94.8%)}: a rate with its Wilson interval, or {@code n/a}. */
    static String rate(Double rate, Interval interval) {
        return rate == null ? "n/a" : percent(rate) + (interval == null ? "" : " (95% CI " + interval.percent() + ")");
    }

    /** {@code 60.0% (95% CI 31.3–83.2%) over 10 scenarios}. */
    static String passHatK(Summary s) {
        return rate(s.passHatK(), s.passHatKInterval())
                + (s.passHatKScenarios() == null ? "" : " over " + s.passHatKScenarios() + " scenario" + (s.passHatKScenarios() == 1 ? "" : "s"));
    }

    static String percent(Double rate) {
        return rate == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
