package dev.curveball.results.gate;

import dev.curveball.results.Gate;
import java.util.List;
import java.util.Locale;

/** Writes {@code risk-backlog.md}: what this eval cannot see, highest risk first, each with the case to add next. */
final class RiskBacklog {
    private RiskBacklog() {
    }

    static String markdown(String runName, String agent, Gate gate, List<RiskItem> items) {
        StringBuilder md = new StringBuilder();
        md.append("# Risk backlog: what this eval cannot see\n\n");
        String score = gate.scored() ? gate.score() + "/" + gate.max() + " (" + gate.verdict() + ")" : gate.verdict();
        md.append(String.format(Locale.ROOT, "Run `%s`%s. Launch Gate %s. %d item%s, highest risk first; each names the case to add next.%n",
                runName, agent == null ? "" : ", agent `" + agent + "`", score, items.size(), items.size() == 1 ? "" : "s"));
        if (items.isEmpty()) {
            md.append("\nNothing found: every dimension and tag was exercised, every built-in check configured.\n");
        }
        RiskItem.Risk current = null;
        int n = 0;
        for (RiskItem item : items) {
            if (item.risk() != current) {
                current = item.risk();
                md.append("\n## ").append(current.label()).append(" risk\n\n");
            }
            n++;
            md.append(n).append(". **").append(item.blindSpot()).append("**");
            if (!item.detail().isEmpty()) {
                md.append(": ").append(item.detail());
            }
            md.append("  \n   Next: ").append(item.next()).append('\n');
        }
        return md.toString();
    }
}
