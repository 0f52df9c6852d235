package dev.curveball.results.compare;

import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/**
 * {@code comparison.html}: one self-contained page (no script, no network, no external font). Every
 * piece of run text goes through Commons Text's {@code escapeHtml4}, and a Content-Security-Policy
 * of {@code default-src 'none'; style-src 'unsafe-inline'} forbids any script even if some markup
 * slipped through.
 */
public final class ComparisonHtml {
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'";
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}.regressed{color:#b00020}.fixed{color:#1b5e20}"
            + "code{background:#f4f4f4}";

    private ComparisonHtml() {
    }

    public static String of(Comparison c) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(CSP).append("\">\n<title>Curveball compare</title><style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1 class=\"").append(c.regressed() ? "regressed" : "fixed").append("\">Curveball compare: ")
                .append(c.regressed() ? "regressed" : "no significant regression").append("</h1>\n");
        h.append("<p>A: <code>").append(e(c.a().directory().toString())).append("</code> (agent ").append(e(c.a().agent()))
                .append(")<br>B: <code>").append(e(c.b().directory().toString())).append("</code> (agent ").append(e(c.b().agent())).append(")</p>\n");
        h.append("<table><tr><th></th><th>A</th><th>B</th></tr><tr><td>pass rate</td><td>").append(e(Rates.text(c.rateA(), c.intervalA())))
                .append("</td><td>").append(e(Rates.text(c.rateB(), c.intervalB()))).append("</td></tr></table>\n<ul>");
        h.append("<li>delta (B - A, ").append(c.judgedPairs()).append(" paired conversations): ")
                .append(e(c.delta().map(d -> d.points()).orElse("n/a"))).append("</li>");
        h.append("<li>").append(e(c.decision())).append("</li>");
        h.append("<li>cost: ").append(e(c.costs().describe())).append("</li>");
        h.append("<li>conversation latency: ").append(e(c.timings().conversationsA().describe() + " -> " + c.timings().conversationsB().describe()))
                .append("; agent turn: ").append(e(c.timings().turnsA().describe() + " -> " + c.timings().turnsB().describe())).append("</li>");
        h.append("<li>pairs not judged: ").append(c.notJudged().errors()).append(" error, ").append(c.notJudged().ungraded())
                .append(" ungraded, ").append(c.notJudged().simulatorCaused()).append(" simulator-caused</li></ul>\n");
        h.append("<h2>Scenarios</h2>\n<table><tr><th>scenario</th><th>status</th><th>passes A -&gt; B</th><th>why</th></tr>\n");
        for (ScenarioChange s : c.scenarios()) {
            if (s.status() == ScenarioStatus.UNCHANGED) {
                continue;
            }
            h.append("<tr><td>").append(e(s.scenarioId())).append("</td><td class=\"").append(s.status().label()).append("\">")
                    .append(s.status().label()).append("</td><td>").append(e(s.counts())).append("</td><td>").append(e(s.note()));
            for (NewFailure f : s.newFailures()) {
                h.append("<br>").append(e(f.conversation())).append(": <b>").append(e(f.where())).append("</b>: ").append(e(f.message()));
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n<p>").append(c.with(ScenarioStatus.UNCHANGED).size()).append(" unchanged scenarios not listed.</p>\n");
        rows(h, "Pass rate per tag", "tag", c.tags().stream().map(r -> List.of(r.name(), Rates.text(r.rateA(), r.intervalA()),
                Rates.text(r.rateB(), r.intervalB()))).toList());
        rows(h, "Failures per check", "check", c.checks().stream().map(r -> List.of(r.check(),
                ComparisonMarkdown.share(r.failedA(), r.judged(), r.failureIntervalA()),
                ComparisonMarkdown.share(r.failedB(), r.judged(), r.failureIntervalB()))).toList());
        return h.append("</body></html>\n").toString();
    }

    private static void rows(StringBuilder h, String title, String first, List<List<String>> rows) {
        h.append("<h2>").append(title).append("</h2>\n<table><tr><th>").append(first).append("</th><th>A</th><th>B</th></tr>\n");
        rows.forEach(r -> h.append("<tr><td>").append(e(r.get(0))).append("</td><td>").append(e(r.get(1))).append("</td><td>")
                .append(e(r.get(2))).append("</td></tr>\n"));
        h.append("</table>\n");
    }

    private static String e(String text) {
        return StringEscapeUtils.escapeHtml4(text == null ? "" : text);
    }
}
