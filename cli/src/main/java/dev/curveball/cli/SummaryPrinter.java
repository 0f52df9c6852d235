package dev.curveball.cli;

import dev.curveball.results.DimensionScore;
import dev.curveball.results.RunResult;
import dev.curveball.results.Summary;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a finished run's summary: outcomes, failing checks, the gate, blind spots, where the files are. */
final class SummaryPrinter {
    private final PrintWriter out;

    SummaryPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(RunResult result) {
        Summary s = result.summary();
        out.printf("Played %d conversations (%d scenarios x %d trial%s).%n", s.conversations(), result.scenarios().size(), s.trials(),
                s.trials() == 1 ? "" : "s");
        out.printf("  passed %d, failed %d, errors %d%s; pass rate %s%s%n", s.passed(), s.failed(), s.errors(),
                s.ungraded() == null ? "" : ", ungraded " + s.ungraded() + " (not in the pass rate)", percent(s.passRate()), s.trials() > 1 ? ", pass^" + s.trials() + " " + percent(s.passHatK()) : "");
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
        gate(s);
        out.println("  what this eval cannot see:");
        s.viewsNotAvailable().forEach(v -> out.println("    - " + v));
        out.println("  run directory: " + result.directory().path());
        out.flush();
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

    static String percent(Double rate) {
        return rate == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
