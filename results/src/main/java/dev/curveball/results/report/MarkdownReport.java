package dev.curveball.results.report;

import static dev.curveball.results.report.Escaping.markdown;

import dev.curveball.results.DimensionScore;
import dev.curveball.results.Gate;
import dev.curveball.results.RunErrors;
import dev.curveball.results.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code report.md}: the summary, the Launch Gate, pass rates per dimension and tag, failures by
 * check and ERROR reasons, for a CI step summary or a pull-request comment. GitHub takes 65,536
 * characters in a comment (1 MiB in a step summary), so the file stays under {@link #LIMIT}: when
 * the rest does not fit, a last line says how much was left out and links to {@code report.html}.
 * All run text goes through {@link Escaping#markdown}, one line per cell.
 */
final class MarkdownReport {
    static final int LIMIT = 65_000;
    /** The conversations listed under each failed check; the rest are counted. */
    static final int PER_CHECK = 10;
    private static final int MESSAGE_CUT = 300;

    private final ReportedRun run;
    private final List<String> lines = new ArrayList<>();

    private MarkdownReport(ReportedRun run) {
        this.run = run;
    }

    static String of(ReportedRun run) {
        return of(run, LIMIT);
    }

    static String of(ReportedRun run, int limit) {
        MarkdownReport report = new MarkdownReport(run);
        report.build();
        return report.fit(limit);
    }

    private void build() {
        Summary s = run.summary();
        Gate g = s.gate();
        lines.add("## Curveball: " + markdown(run.records().manifest().agent()) + " on " + markdown(run.records().manifest().world()));
        lines.add("");
        lines.add("**Pass rate " + markdown(Figures.rate(s.passRate(), s.passRateInterval())) + "** · pass^" + run.trials() + " "
                + markdown(Figures.passHatK(s)) + (g == null ? "" : " · Launch Gate **" + g.score() + " / " + g.max() + "**: " + markdown(g.verdict())));
        lines.add("");
        lines.add("| | |");
        lines.add("|---|---|");
        lines.add("| Conversations | " + s.conversations() + " (" + s.passed() + " passed, " + s.failed() + " failed, " + s.errors() + " ERROR"
                + (s.ungraded() == null ? "" : ", " + s.ungraded() + " ungraded") + ") |");
        lines.add("| Scenarios x trials | " + run.records().scenarios().size() + " x " + run.trials() + " |");
        lines.add("| Simulator failures | " + s.simulatorFailures() + " (not counted against the agent) |");
        run.cost().ifPresent(c -> lines.add("| Cost the agent reported | $" + markdown(c.usd().toPlainString()) + " (" + c.inputTokens()
                + " input, " + c.outputTokens() + " output tokens) |"));
        if (s.cost() != null && s.cost().any()) {
            lines.add("| Cost by role | " + markdown(s.cost().describe()) + " |");
        }
        if (s.stopped() != null) {
            lines.add("| Stopped | " + markdown(s.stopped().describe()) + " |");
        }
        if (!s.viewsNotAvailable().isEmpty()) {
            lines.add("| Views not available | " + markdown(String.join("; ", s.viewsNotAvailable())) + " |");
        }
        gate(g);
        rates("dimension", run.dimensions());
        rates("tag", run.tags());
        failures();
        errors();
    }

    private void gate(Gate g) {
        if (g == null) {
            return;
        }
        lines.add("");
        lines.add("### Launch Gate " + g.score() + " / " + g.max());
        lines.add("");
        lines.add("| Dimension | Score | Why |");
        lines.add("|---|---:|---|");
        for (DimensionScore d : g.dimensions()) {
            lines.add("| " + markdown(d.name()) + " | " + d.score() + " / 5 | " + markdown(d.notes()) + " |");
        }
    }

    private void rates(String what, List<RateRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add("### Pass rate per " + what);
        lines.add("");
        lines.add("| " + what + " | pass rate (95% CI) | passed |");
        lines.add("|---|---|---:|");
        for (RateRow r : rows) {
            lines.add("| " + markdown(r.label()) + " | " + markdown(Figures.rate(r.rate(), r.interval().orElse(null))) + " | "
                    + r.passed() + " of " + r.judged() + " |");
        }
    }

    private void failures() {
        lines.add("");
        lines.add("### Failures by check");
        lines.add("");
        if (run.failuresByCheck().isEmpty()) {
            lines.add("No check failed.");
            return;
        }
        for (Map.Entry<String, List<ReportedRun.FailedCheck>> check : run.failuresByCheck().entrySet()) {
            List<ReportedRun.FailedCheck> all = check.getValue();
            lines.add("**" + markdown(check.getKey()) + "** (" + Figures.plural(all.size(), "conversation") + ")");
            lines.add("");
            for (ReportedRun.FailedCheck f : all.subList(0, Math.min(PER_CHECK, all.size()))) {
                lines.add("- " + markdown(f.conversation().id()) + (f.check().event() == null ? "" : " event " + f.check().event())
                        + (f.event() == null ? "" : " (" + markdown(f.event()) + ")")
                        + (f.conversation().verdict().orElseThrow().simulatorCaused() ? " _simulator caused_" : "")
                        + ": " + markdown(shorter(f.check().message())));
            }
            if (all.size() > PER_CHECK) {
                lines.add("- and " + (all.size() - PER_CHECK) + " more in [report.html](report.html#failures)");
            }
            lines.add("");
        }
    }

    private void errors() {
        RunErrors errors = run.errors();
        if (errors.errors() == 0) {
            return;
        }
        lines.add("### ERROR reasons (infrastructure, not agent failures)");
        lines.add("");
        for (RunErrors.Reason r : errors.reasons()) {
            lines.add("- " + r.count() + " x " + markdown(shorter(r.text())) + " (first: " + markdown(r.first()) + ")");
        }
    }

    private String fit(int limit) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i) + "\n";
            int left = lines.size() - i;
            String cut = "\n_Cut here: " + left + " more lines left out to stay under GitHub's " + String.format(java.util.Locale.ROOT, "%,d", limit)
                    + "-character limit; everything is in [report.html](report.html)._\n";
            boolean last = i == lines.size() - 1;
            if (out.length() + line.length() + (last ? 0 : cut.length() + 16) > limit) {
                return out.append(cut).toString();
            }
            out.append(line);
        }
        return out.toString();
    }

    private static String shorter(String text) {
        return text == null || text.length() <= MESSAGE_CUT ? text : text.substring(0, MESSAGE_CUT) + " ...";
    }
}
