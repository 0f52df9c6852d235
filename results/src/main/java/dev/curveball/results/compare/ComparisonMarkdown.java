package dev.curveball.results.compare;

import dev.curveball.results.stats.Interval;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.StringEscapeUtils;

/**
 * {@code comparison.md}: the comparison for a CI step summary or a pull-request comment. Text from
 * the runs (check messages quote the agent) is HTML-escaped by Commons Text and the Markdown
 * punctuation that could form emphasis, code, a link or a table cell backslashed, so it renders as the characters it holds, never as markup or a link.
 * Longer than GitHub takes in a comment ({@value #LIMIT} characters), it is cut at a line and
 * ends pointing at {@code comparison.html}.
 */
public final class ComparisonMarkdown {
    /** GitHub's limit on a comment body is 65536 characters; the cut leaves room for its notice. */
    static final int LIMIT = 65_000;

    private ComparisonMarkdown() {
    }

    public static String of(Comparison c, boolean all) {
        StringBuilder md = new StringBuilder();
        md.append("## Curveball compare: ").append(c.regressed() ? "regressed" : "no significant regression").append("\n\n");
        md.append("A: `").append(code(c.a().directory().toString())).append("` (agent ").append(text(c.a().agent())).append(")  \n");
        md.append("B: `").append(code(c.b().directory().toString())).append("` (agent ").append(text(c.b().agent())).append(")\n\n");
        md.append("| | A | B |\n|---|---|---|\n");
        md.append("| pass rate | ").append(Rates.text(c.rateA(), c.intervalA())).append(" | ").append(Rates.text(c.rateB(), c.intervalB())).append(" |\n");
        md.append("| trials | ").append(c.a().trials()).append(" | ").append(c.b().trials()).append(" |\n\n");
        md.append("- delta (B - A, ").append(c.judgedPairs()).append(" paired conversations): ")
                .append(c.delta().map(d -> d.points()).orElse("n/a")).append("\n");
        md.append("- ").append(text(c.decision())).append("\n");
        md.append("- scenarios: ").append(c.regressions()).append(" regressed, ").append(c.fixes()).append(" fixed, ")
                .append(c.with(ScenarioStatus.FLAKY).size()).append(" flaky (not counted), ").append(c.with(ScenarioStatus.UNCHANGED).size())
                .append(" unchanged, ").append(c.with(ScenarioStatus.CHANGED).size()).append(" changed, ")
                .append(c.with(ScenarioStatus.ADDED).size()).append(" added, ").append(c.with(ScenarioStatus.REMOVED).size()).append(" removed, ")
                .append(c.with(ScenarioStatus.NOT_JUDGED).size()).append(" not judged\n");
        md.append("- pairs not judged: ").append(c.notJudged().errors()).append(" error, ").append(c.notJudged().ungraded())
                .append(" ungraded, ").append(c.notJudged().simulatorCaused()).append(" simulator-caused\n");
        md.append("- cost: ").append(text(c.costs().describe())).append("\n");
        md.append("- conversation latency: ").append(c.timings().conversationsA().describe()).append(" -> ")
                .append(c.timings().conversationsB().describe()).append("; agent turn: ").append(c.timings().turnsA().describe())
                .append(" -> ").append(c.timings().turnsB().describe()).append("\n\n");
        scenarios(md, "Regressions", c.with(ScenarioStatus.REGRESSED), true);
        scenarios(md, "Fixes", c.with(ScenarioStatus.FIXED), false);
        scenarios(md, "Flaky, not counted", c.with(ScenarioStatus.FLAKY), false);
        scenarios(md, "Changed scenarios (same id, different case)", c.with(ScenarioStatus.CHANGED), false);
        scenarios(md, "Unpaired", unpaired(c), false);
        tags(md, c, all);
        checks(md, c, all);
        return cut(md.toString());
    }

    private static List<ScenarioChange> unpaired(Comparison c) {
        return c.scenarios().stream().filter(s -> s.status() == ScenarioStatus.ADDED || s.status() == ScenarioStatus.REMOVED
                || s.status() == ScenarioStatus.NOT_JUDGED).toList();
    }

    private static void scenarios(StringBuilder md, String title, List<ScenarioChange> list, boolean failures) {
        if (list.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append(" (").append(list.size()).append(")\n\n");
        for (ScenarioChange s : list) {
            md.append("- **").append(text(s.scenarioId())).append("** ").append(s.status().label()).append(", ").append(s.counts());
            md.append(s.note().isEmpty() ? "" : ": " + text(s.note())).append("\n");
            if (failures) {
                s.newFailures().forEach(f -> md.append("  - ").append(text(f.conversation())).append(": ").append(text(f.where()))
                        .append(": ").append(text(f.message())).append("\n"));
            }
        }
        md.append("\n");
    }

    private static void tags(StringBuilder md, Comparison c, boolean all) {
        List<RateRow> rows = c.tags().stream().filter(r -> all || r.changed()).toList();
        if (rows.isEmpty()) {
            return;
        }
        md.append("### Pass rate per tag").append(all ? "" : " (changed only)").append("\n\n| tag | A | B |\n|---|---|---|\n");
        rows.forEach(r -> md.append("| ").append(text(r.name())).append(" | ").append(Rates.text(r.rateA(), r.intervalA())).append(" | ")
                .append(Rates.text(r.rateB(), r.intervalB())).append(" |\n"));
        md.append("\n");
    }

    private static void checks(StringBuilder md, Comparison c, boolean all) {
        List<CheckRow> rows = c.checks().stream().filter(r -> all || r.changed()).toList();
        if (rows.isEmpty()) {
            return;
        }
        md.append("### Failures per check").append(all ? "" : " (changed only)").append("\n\n| check | A | B |\n|---|---|---|\n");
        rows.forEach(r -> md.append("| ").append(text(r.check())).append(" | ").append(share(r.failedA(), r.judged(), r.failureIntervalA()))
                .append(" | ").append(share(r.failedB(), r.judged(), r.failureIntervalB())).append(" |\n"));
        md.append("\n");
    }

    static String share(int count, int of, Optional<Interval> interval) {
        return count + " of " + of + interval.map(i -> " (95% CI " + i.percent() + ")").orElse("");
    }

    /** Text from a run, inert in Markdown: HTML-escaped, Markdown punctuation backslashed, on one line. */
    static String text(String raw) {
        String escaped = StringEscapeUtils.escapeHtml4(raw == null ? "" : raw).replaceAll("[\\r\\n]+", " ");
        return escaped.replaceAll("([\\\\`*_\\[\\]|~])", "\\\\$1");
    }

    /** Inside backticks nothing is markup; a backtick itself is replaced. */
    private static String code(String raw) {
        return raw.replace('`', '\'').replaceAll("[\\r\\n]+", " ");
    }

    private static String cut(String md) {
        if (md.length() <= LIMIT) {
            return md;
        }
        int end = md.lastIndexOf('\n', LIMIT);
        return md.substring(0, Math.max(0, end)) + "\n\n_Cut here to fit GitHub's comment size; the whole comparison is in comparison.html._\n";
    }
}
