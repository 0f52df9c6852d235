package dev.curveball.results.report;

import static dev.curveball.results.report.Escaping.html;

import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Grade;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.PlayedConversation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One conversation of {@code report.html}, folded in a {@code <details>} (a 1,000-conversation page
 * stays usable without a script): its verdict, each failed check linking to the event that broke it,
 * and a row per trace event, the transcript beside the timeline, the breaking events outlined.
 */
final class HtmlConversation {
    private final PlayedConversation conversation;
    private final Verdict verdict;
    private final StringBuilder out = new StringBuilder(4096);

    private HtmlConversation(PlayedConversation conversation) {
        this.conversation = conversation;
        this.verdict = conversation.verdict().orElseThrow();
    }

    static String of(PlayedConversation conversation) {
        return new HtmlConversation(conversation).section();
    }

    static String anchor(String conversationId) {
        return "conv-" + Escaping.anchor(conversationId);
    }

    static String eventAnchor(String conversationId, int event) {
        return anchor(conversationId) + "-ev-" + event;
    }

    private String section() {
        String id = conversation.id();
        String outcome = verdict.outcome().name();
        out.append("<details class=\"conversation\" id=\"").append(html(anchor(id))).append("\"><summary><b>").append(html(id))
                .append("</b> <span class=\"").append(html(outcome)).append("\">").append(html(outcome)).append("</span> ")
                .append(html(conversation.scenario().persona() + " / " + conversation.scenario().task().id()))
                .append(verdict.failedChecks().isEmpty() ? "" : " <span class=\"muted\">failed: " + html(String.join(", ",
                        verdict.failedChecks().stream().map(CheckResult::id).toList())) + "</span>")
                .append("</summary>\n<div>\n<p class=\"muted\">").append(html(conversation.scenario().task().goal())).append("; user ")
                .append(html(conversation.scenario().user().id())).append(", tags ")
                .append(html(String.join(", ", conversation.scenario().tags().stream().map(t -> t.id()).toList())))
                .append(verdict.error() == null ? "" : "; ERROR: " + html(verdict.error())).append("</p>\n");
        checks();
        grades();
        timeline();
        return out.append("</div>\n</details>\n").toString();
    }

    private void checks() {
        List<CheckResult> failed = verdict.failedChecks();
        if (failed.isEmpty()) {
            out.append("<p>Every hard check passed (").append(verdict.checks().size()).append(").</p>\n");
            return;
        }
        out.append("<ul class=\"failures\">\n");
        for (CheckResult c : failed) {
            out.append("<li><b>").append(html(c.id())).append("</b>");
            if (c.event() != null) {
                out.append(" at <a href=\"#").append(html(eventAnchor(conversation.id(), c.event()))).append("\">event ")
                        .append(c.event()).append("</a>");
            }
            out.append(": ").append(html(c.message())).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private void grades() {
        if (verdict.grades().isEmpty()) {
            return;
        }
        out.append("<table>\n<tr><th>Criterion</th><th>Score</th><th>Status</th><th>Evidence</th></tr>\n");
        for (Grade g : verdict.grades()) {
            out.append("<tr><td>").append(html(g.criterion())).append("</td><td class=\"num\">")
                    .append(g.score() == null ? "" : g.score() + (g.threshold() == null ? "" : " (needs " + g.threshold() + ")"))
                    .append("</td><td>").append(html(g.status().name().toLowerCase(java.util.Locale.ROOT)))
                    .append(g.note() == null ? "" : ": " + html(g.note())).append("</td><td>")
                    .append(html(String.join(" | ", g.evidence()))).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void timeline() {
        Map<Integer, List<CheckResult>> breaking = new TreeMap<>();
        verdict.failedChecks().stream().filter(c -> c.event() != null)
                .forEach(c -> breaking.computeIfAbsent(c.event(), k -> new ArrayList<>()).add(c));
        List<TraceEvent> events = conversation.trace().events();
        Instant start = events.isEmpty() ? null : events.get(0).at();
        out.append("<table class=\"timeline\"><colgroup><col class=\"n\"><col class=\"t\"><col><col></colgroup>\n")
                .append("<tr><th>#</th><th>time</th><th>transcript</th><th>trace</th></tr>\n");
        for (int i = 0; i < events.size(); i++) {
            TraceEvent event = events.get(i);
            TimelineEntry entry = TimelineEntry.of(event);
            List<CheckResult> broken = breaking.getOrDefault(i, List.of());
            out.append("<tr id=\"").append(html(eventAnchor(conversation.id(), i))).append("\" class=\"").append(html(entry.kind()))
                    .append(broken.isEmpty() ? "" : " breaking").append("\"><td class=\"n\">").append(i).append("</td><td class=\"num\">")
                    .append(html(offset(start, event.at()))).append("</td>");
            String cell = cell(entry, broken);
            out.append(entry.said() ? "<td class=\"said\">" + cell + "</td><td class=\"trace\"></td>"
                    : "<td class=\"said\"></td><td class=\"trace\">" + cell + "</td>").append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private static String cell(TimelineEntry entry, List<CheckResult> broken) {
        StringBuilder cell = new StringBuilder("<div class=\"head\">").append(html(entry.head())).append("</div>");
        if (!entry.body().isEmpty()) {
            cell.append(entry.said() ? "<div class=\"text\">" : "<pre>").append(html(entry.body())).append(entry.said() ? "</div>" : "</pre>");
        }
        for (CheckResult c : broken) {
            cell.append("<div class=\"breaks\">breaks ").append(html(c.id())).append(": ").append(html(c.message())).append("</div>");
        }
        return cell.toString();
    }

    private static String offset(Instant start, Instant at) {
        if (start == null || at == null) {
            return "";
        }
        return "+" + Figures.seconds(Duration.between(start, at)) + "s";
    }
}
