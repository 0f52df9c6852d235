package dev.curveball.cli;

import dev.curveball.results.AgentComparison;
import dev.curveball.results.EventLabel;
import dev.curveball.results.RunErrors;
import dev.curveball.results.RunResult;
import dev.curveball.results.Summary;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints agents' runs side by side: pass rates, gate, each failing check with one example each. */
final class ComparisonPrinter {
    private final PrintWriter out;

    private static final int MIN_CELL = 12;
    /** Wide enough for the widest pass rate with its interval, so the columns stay apart. */
    private int cellWidth = MIN_CELL;

    ComparisonPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(AgentComparison comparison, Path suite) {
        out.println();
        String[] rates = comparison.agents().stream()
                .map(a -> SummaryPrinter.rate(summary(comparison, a).passRate(), summary(comparison, a).passRateInterval())).toArray(String[]::new);
        cellWidth = Math.max(MIN_CELL, java.util.Arrays.stream(rates).mapToInt(String::length).max().orElse(0) + 2);
        row("", comparison.agents().toArray(String[]::new));
        row("pass rate", rates);
        row("passed/failed/error", comparison.agents().stream().map(a -> {
            Summary s = summary(comparison, a);
            return s.passed() + "/" + s.failed() + "/" + s.errors();
        }).toArray(String[]::new));
        row("launch gate", comparison.agents().stream().map(a -> gate(summary(comparison, a))).toArray(String[]::new));
        out.println();
        if (comparison.rows().isEmpty()) {
            out.println("No check failed for any agent.");
        } else {
            out.println("Failed checks (conversations failing each), with one example conversation per agent:");
            out.println("  " + EventLabel.LEGEND);
        }
        for (AgentComparison.Row r : comparison.rows()) {
            row(r.check(), comparison.agents().stream().map(a -> String.valueOf(r.failures().get(a))).toArray(String[]::new));
            r.examples().forEach((agent, e) -> out.printf("      %s, %s-t%d%s: %s%n", agent, e.scenarioId(), e.trial(),
                    FailedConversationsPrinter.at(e.event(), label(comparison.runs().get(agent), e)),
                    FailedConversationsPrinter.oneLine(e.message())));
        }
        errors(comparison);
        out.println();
        out.println("Not seen offline: model grading of rubric criteria and model-driven users; every verdict here comes from hard checks.");
        out.println("Suite: " + suite);
        comparison.agents().forEach(a -> out.printf("Run directory (%s): %s%n", a, comparison.runs().get(a).directory().path()));
        comparison.rows().stream().flatMap(r -> r.examples().entrySet().stream()).findFirst().ifPresent(e -> out.printf(
                "Read one conversation event by event: curveball show %s %s-t%d%n",
                comparison.runs().get(e.getKey()).directory().path(), e.getValue().scenarioId(), e.getValue().trial()));
        out.flush();
    }

    /** Per agent with ERRORs, why: a demo agent that broke must not read as one that was judged. */
    private void errors(AgentComparison comparison) {
        for (String agent : comparison.agents()) {
            RunErrors errors = RunErrors.of(comparison.runs().get(agent));
            if (errors.errors() > 0) {
                out.println();
                new ErrorReasonsPrinter(out).print(errors, " of the " + agent + " agent", false, "curveball show lists them all");
            }
        }
    }

    private static String gate(Summary s) {
        return s.gate().scored() ? s.gate().score() + "/" + s.gate().max() : "not scored";
    }

    /** What the example's event is, read from its run's trace. */
    private static String label(RunResult run, AgentComparison.Example e) {
        if (e.event() == null) {
            return null;
        }
        return run.traces().stream().filter(t -> t.scenarioId().equals(e.scenarioId()) && t.trial() == e.trial()).findFirst()
                .map(t -> EventLabel.of(t, e.event())).orElse(null);
    }

    private static Summary summary(AgentComparison comparison, String agent) {
        RunResult run = comparison.runs().get(agent);
        return run.summary();
    }

    private void row(String label, String... cells) {
        StringBuilder line = new StringBuilder(String.format("  %-22s", label));
        for (String cell : cells) {
            line.append(String.format("%-" + cellWidth + "s", cell));
        }
        out.println(line.toString().stripTrailing());
    }
}
