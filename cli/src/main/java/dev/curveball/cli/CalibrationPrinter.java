package dev.curveball.cli;

import dev.curveball.results.calibration.AgreementTable;
import dev.curveball.results.calibration.Calibration;
import dev.curveball.results.calibration.CriterionAgreement;
import dev.curveball.results.calibration.Disagreement;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Prints a {@link Calibration}: the outcome table and its statistics, one line per check and criterion, the disagreements. */
final class CalibrationPrinter {
    private final PrintWriter out;

    CalibrationPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(Path labels, Path run, Calibration c) {
        out.printf("Calibration of %s against %s: %d label%s%n", run, labels, c.labels(), c.labels() == 1 ? "" : "s");
        out.printf("Compared %d conversation%s on their outcome%s.%n", c.compared(), c.compared() == 1 ? "" : "s",
                c.leftOut().isEmpty() ? "" : "; " + c.leftOut().size() + " labelled left out (listed at the end)");
        if (c.unlabelledVerdicts() > 0) {
            out.printf("%d conversation%s of the run %s no label.%n", c.unlabelledVerdicts(), c.unlabelledVerdicts() == 1 ? "" : "s",
                    c.unlabelledVerdicts() == 1 ? "has" : "have");
        }
        out.println();
        printOutcomes(c.outcomes());
        printChecks(c);
        printCriteria(c);
        printDisagreements(c);
        printLeftOut(c);
        out.println("FAIL (a failed check, an unmet criterion) is the positive class. Kappa's 95% CI: kappa +- 1.96 x sqrt(po(1-po) / (n(1-pe)^2)),");
        out.println("Cohen's large-sample standard error, cut to [-1, 1]; rough for a small n, none when agreement is total or none.");
        out.println("TPR: the judge failed it when the person did; TNR: the judge passed it when the person did. n/a: undefined (no pairs,");
        out.println("or both sides said only one thing).");
        out.flush();
    }

    private void printOutcomes(AgreementTable t) {
        out.println("Outcome");
        out.println("                human FAIL  human PASS");
        out.printf("  judge FAIL  %10d  %10d%n", t.bothFail(), t.judgeOnlyFail());
        out.printf("  judge PASS  %10d  %10d%n", t.humanOnlyFail(), t.bothPass());
        out.printf("  agreement      %s%n", share(t.agreement(), t.agreed(), t.total()));
        out.printf("  Cohen's kappa  %s%s%n", number(t.kappa()), interval(t).map(i -> ", 95% CI " + i).orElse(""));
        out.printf("  true-positive  %s judge FAIL when the person said FAIL%n", share(t.truePositiveRate(), t.bothFail(), t.humanFailed()));
        out.printf("  true-negative  %s judge PASS when the person said PASS%n", share(t.trueNegativeRate(), t.bothPass(), t.humanPassed()));
        out.println();
    }

    private void printChecks(Calibration c) {
        if (c.checks().isEmpty() && c.checksNotInVerdict().isEmpty()) {
            out.println("Checks: none labelled.");
            out.println();
            return;
        }
        out.println("Checks (as labelled)");
        int width = Math.max(5, c.checks().keySet().stream().mapToInt(String::length).max().orElse(0));
        out.printf("  %-" + width + "s  %4s  %9s  %5s  %-14s  %6s  %6s%n", "check", "n", "agreement", "kappa", "95% CI", "TPR", "TNR");
        c.checks().forEach((id, t) -> out.printf("  %-" + width + "s  %s%n", id, row(t)));
        if (!c.checksNotInVerdict().isEmpty()) {
            out.println("  Labelled but not in the verdict (left out): " + counts(c.checksNotInVerdict()));
        }
        out.println();
    }

    private void printCriteria(Calibration c) {
        if (c.criteria().isEmpty() && c.criteriaNotGraded().isEmpty()) {
            out.println("Criteria: none labelled.");
            out.println();
            return;
        }
        if (c.criteria().isEmpty()) {
            out.println("Criteria: none compared; the verdicts hold no grade of a labelled criterion (model grading was not available).");
        } else {
            out.println("Criteria (scores 1 to 5; met at or above the criterion's threshold, " + Calibration.DEFAULT_THRESHOLD + " by default)");
            int width = Math.max(9, c.criteria().keySet().stream().mapToInt(String::length).max().orElse(0));
            out.printf("  %-" + width + "s  %4s  %9s  %5s  %-14s  %6s  %6s  %s%n", "criterion", "n", "agreement", "kappa", "95% CI", "TPR", "TNR",
                    "mean |diff|");
            for (Map.Entry<String, CriterionAgreement> e : c.criteria().entrySet()) {
                out.printf(Locale.ROOT, "  %-" + width + "s  %s  %11.2f%n", e.getKey(), row(e.getValue().table()), e.getValue().meanAbsoluteDifference());
            }
        }
        if (!c.criteriaNotGraded().isEmpty()) {
            out.println("  Labelled but not graded (left out): " + counts(c.criteriaNotGraded()));
        }
        out.println();
    }

    private void printDisagreements(Calibration c) {
        if (c.disagreements().isEmpty()) {
            out.println("Disagreements: none.");
            out.println();
            return;
        }
        out.printf("Disagreements (%d)%n", c.disagreements().size());
        for (Disagreement d : c.disagreements()) {
            out.printf("  %s  %s: judge %s, human %s%n", d.conversationId(), d.subject(), d.judge(), d.human());
            if (!d.judgeMessage().isEmpty()) {
                out.println("      judge: " + d.judgeMessage());
            }
            if (!d.note().isEmpty()) {
                out.println("      human: " + d.note());
            }
        }
        out.println();
    }

    private void printLeftOut(Calibration c) {
        if (c.leftOut().isEmpty()) {
            return;
        }
        out.printf("Left out (%d)%n", c.leftOut().size());
        c.leftOut().forEach((id, why) -> out.printf("  %s  %s%n", id, why));
        out.println();
    }

    private static String row(AgreementTable t) {
        return String.format(Locale.ROOT, "%4d  %9s  %5s  %-14s  %6s  %6s", t.total(), percent(t.agreement()), number(t.kappa()),
                interval(t).orElse("n/a"), percent(t.truePositiveRate()), percent(t.trueNegativeRate()));
    }

    private static Optional<String> interval(AgreementTable t) {
        return t.kappaInterval().map(i -> String.format(Locale.ROOT, "%.2f to %.2f", i[0], i[1]));
    }

    private static String share(Optional<Double> ratio, int part, int whole) {
        return percent(ratio) + " (" + part + " of " + whole + ")";
    }

    private static String percent(Optional<Double> ratio) {
        return ratio.map(r -> String.format(Locale.ROOT, "%.1f%%", 100 * r)).orElse("n/a");
    }

    private static String number(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%.2f", v)).orElse("n/a");
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
    }
}
