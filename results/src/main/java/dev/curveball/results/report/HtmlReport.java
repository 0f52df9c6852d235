package dev.curveball.results.report;

import static dev.curveball.results.report.Escaping.html;

import dev.curveball.results.DimensionScore;
import dev.curveball.results.Gate;
import dev.curveball.results.Manifest;
import dev.curveball.results.RunErrors;
import dev.curveball.results.Summary;
import dev.curveball.results.stats.ScenarioReliability;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page, no script at all, its only style sheet inline and
 * allowed by its hash in a Content-Security-Policy that forbids everything else (scripts, network,
 * fonts, frames), so nothing a reply carries can run even if it got past the escaping.
 */
final class HtmlReport {
    static final String STYLE = style();
    static final String CSP = "default-src 'none'; style-src '" + sha256(STYLE) + "'; img-src data:; base-uri 'none'; form-action 'none'";

    private final ReportedRun run;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private HtmlReport(ReportedRun run) {
        this.run = run;
    }

    static String of(ReportedRun run) {
        return new HtmlReport(run).page();
    }

    private String page() {
        Manifest m = run.records().manifest();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(html(CSP)).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Curveball report: ").append(html(m.agent())).append(" on ").append(html(m.world())).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<h1>Curveball report</h1>\n<p class=\"muted\">agent <b>").append(html(m.agent())).append("</b>, world <b>")
                .append(html(m.world())).append("</b>, ").append(html(Figures.plural(run.records().scenarios().size(), "scenario")))
                .append(" x ").append(html(Figures.plural(run.trials(), "trial"))).append(", created ")
                .append(html(String.valueOf(m.createdAt()))).append(", Curveball ").append(html(m.curveballVersion())).append("</p>\n");
        out.append("<nav><a href=\"#summary\">Summary</a><a href=\"#gate\">Launch Gate</a><a href=\"#rates\">Pass rates</a>"
                + "<a href=\"#pass-k\">pass^k</a><a href=\"#failures\">Failures</a><a href=\"#conversations\">Conversations</a></nav>\n");
        summary();
        gate();
        rates();
        passHatK();
        failures();
        errors();
        out.append("<h2 id=\"conversations\">Conversations</h2>\n<p class=\"muted\">Each holds the transcript (left) beside the "
                + "trace timeline (right); the event a failed check names is outlined, and the check's link leads to it.</p>\n");
        run.judged().forEach(c -> out.append(HtmlConversation.of(c)));
        return out.append("</body>\n</html>\n").toString();
    }

    private void summary() {
        Summary s = run.summary();
        out.append("<h2 id=\"summary\">Summary</h2>\n<table>\n");
        rowOf("Conversations", s.conversations() + " (" + s.passed() + " passed, " + s.failed() + " failed, " + s.errors() + " ERROR"
                + (s.ungraded() == null ? "" : ", " + s.ungraded() + " ungraded") + ")");
        rowOf("Pass rate", Figures.rate(s.passRate(), s.passRateInterval()) + " (ERROR, ungraded and simulator-caused failures left out)");
        rowOf("pass^" + run.trials(), Figures.passHatK(s));
        rowOf("Simulator failures", s.simulatorFailures() + " (the simulated user caused them; not counted against the agent)");
        if (s.agentUnreachable() > 0) {
            rowOf("Agent unreachable", String.valueOf(s.agentUnreachable()));
        }
        run.cost().ifPresent(c -> rowOf("Cost the agent reported", "$" + c.usd().toPlainString() + " (" + c.inputTokens() + " input, "
                + c.outputTokens() + " output tokens)"));
        if (s.cost() != null && s.cost().any()) {
            rowOf("Cost by role", s.cost().describe());
        }
        if (s.stopped() != null) {
            rowOf("Stopped", s.stopped().describe());
        }
        if (!s.viewsNotAvailable().isEmpty()) {
            rowOf("Views not available", String.join("; ", s.viewsNotAvailable()));
        }
        out.append("</table>\n");
    }

    private void gate() {
        Gate g = run.summary().gate();
        out.append("<h2 id=\"gate\">Launch Gate</h2>\n");
        if (g == null) {
            out.append("<p>No gate in summary.json.</p>\n");
            return;
        }
        out.append("<p><span class=\"band\">").append(g.score()).append(" / ").append(g.max()).append("</span>: ")
                .append(html(g.verdict())).append(" <span class=\"muted\">(below 24 not production-ready; 24–30 limited scope "
                        + "with monitoring and human review; 31 and up close to production-grade)</span></p>\n");
        out.append("<table>\n<tr><th>Dimension</th><th>Score</th><th>Why</th></tr>\n");
        for (DimensionScore d : g.dimensions()) {
            out.append("<tr><td>").append(html(d.name())).append("</td><td class=\"num\">").append(d.score()).append(" / 5</td><td>")
                    .append(html(d.notes())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void rates() {
        out.append("<h2 id=\"rates\">Pass rates</h2>\n<p class=\"muted\">Bars are pass rates; whiskers their 95% Wilson intervals. "
                + "Only labels some judged conversation carries are drawn.</p>\n<h3>Per dimension</h3>\n")
                .append(SvgBarChart.of("Pass rate per dimension", run.dimensions())).append("<h3>Per tag</h3>\n")
                .append(SvgBarChart.of("Pass rate per tag", run.tags()));
    }

    private void passHatK() {
        int k = run.trials();
        out.append("<h2 id=\"pass-k\">pass^").append(k).append(" per scenario</h2>\n<p>pass^").append(k).append(" overall: ")
                .append(html(Figures.passHatK(run.summary()))).append("</p>\n<details><summary>")
                .append(html(Figures.plural(run.scenarios().size(), "scenario"))).append("</summary>\n")
                .append("<table>\n<tr><th>Scenario</th><th>Passed</th><th>Judged the agent</th><th>Reading</th></tr>\n");
        for (ScenarioReliability r : run.scenarios().values()) {
            String reading = !r.complete(k) ? "not all trials judged the agent: left out of pass^" + k
                    : r.allPassed(k) ? "holds" : r.flaky() ? "flaky: passes some trials, fails others" : "fails every trial";
            out.append("<tr><td>").append(html(r.scenarioId())).append("</td><td class=\"num\">").append(r.passed()).append(" of ")
                    .append(r.trials()).append("</td><td class=\"num\">").append(r.judged()).append("</td><td>").append(html(reading))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n</details>\n");
    }

    private void failures() {
        out.append("<h2 id=\"failures\">Failures by check</h2>\n");
        if (run.failuresByCheck().isEmpty()) {
            out.append("<p>No check failed.</p>\n");
            return;
        }
        for (Map.Entry<String, List<ReportedRun.FailedCheck>> check : run.failuresByCheck().entrySet()) {
            out.append("<h3>").append(html(check.getKey())).append(" <span class=\"muted\">(")
                    .append(html(Figures.plural(check.getValue().size(), "conversation"))).append(")</span></h3>\n<ul class=\"failures\">\n");
            for (ReportedRun.FailedCheck f : check.getValue()) {
                String conversation = f.conversation().id();
                String target = f.check().event() == null ? HtmlConversation.anchor(conversation)
                        : HtmlConversation.eventAnchor(conversation, f.check().event());
                out.append("<li><a href=\"#").append(html(target)).append("\">").append(html(conversation))
                        .append(f.check().event() == null ? "" : " event " + f.check().event()).append("</a>")
                        .append(f.event() == null ? "" : " <span class=\"muted\">(" + html(f.event()) + ")</span>")
                        .append(f.conversation().verdict().orElseThrow().simulatorCaused() ? " <i>simulator caused</i>" : "")
                        .append(": ").append(html(f.check().message())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
    }

    private void errors() {
        RunErrors errors = run.errors();
        if (errors.errors() == 0) {
            return;
        }
        out.append("<h2 id=\"errors\">ERROR reasons</h2>\n<p class=\"muted\">Infrastructure trouble, never counted as an agent failure.</p>\n<ul>\n");
        for (RunErrors.Reason r : errors.reasons()) {
            out.append("<li>").append(r.count()).append(" x ").append(html(r.text())).append(" (first: <a href=\"#")
                    .append(html(HtmlConversation.anchor(r.first()))).append("\">").append(html(r.first())).append("</a>)</li>\n");
        }
        out.append("</ul>\n");
    }

    private void rowOf(String name, String value) {
        out.append("<tr><th>").append(html(name)).append("</th><td>").append(html(value)).append("</td></tr>\n");
    }

    private static String style() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSP source allowing exactly this style sheet: {@code sha256-<base64>}. */
    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
