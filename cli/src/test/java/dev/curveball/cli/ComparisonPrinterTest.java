package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.category.Dimension;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.AgentComparison;
import dev.curveball.results.RunDirectory;
import dev.curveball.results.RunResult;
import dev.curveball.results.SummaryCalculator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's side by side, for an agent whose every conversation broke: no gate score, and why it broke. */
class ComparisonPrinterTest {
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void anAgentThatJudgedNothingShowsNoGateScoreAndItsErrorReasons() {
        try (RunDirectory broken = RunDirectory.prepare(tmp.resolve("broken"), false);
             RunDirectory fine = RunDirectory.prepare(tmp.resolve("fine"), false)) {
            Map<String, RunResult> runs = new LinkedHashMap<>();
            runs.put("broken", run(broken, Outcome.ERROR));
            runs.put("fine", run(fine, Outcome.PASS));
            StringWriter text = new StringWriter();

            new ComparisonPrinter(new PrintWriter(text)).print(AgentComparison.of(runs), tmp.resolve("suite.jsonl"));

            assertThat(text.toString()).contains("  launch gate           not scored                   3/35\n")
                    .contains("\nERROR in 2 of 2 conversations of the broken agent (infrastructure trouble, never counted as an agent failure):\n"
                            + "  2 conversations, first s0001-t1: agent 'broken' threw IllegalStateException: no model\n\n")
                    .doesNotContain("ERROR in 0");
        }
    }

    private static RunResult run(RunDirectory dir, Outcome outcome) {
        List<Trace> traces = List.of(trace("s0001", outcome), trace("s0002", outcome));
        List<Verdict> verdicts = traces.stream().map(t -> new Verdict(t.scenarioId(), 1, outcome, List.of(), List.of(Dimension.OUTCOME),
                List.of(), List.of(), outcome == Outcome.ERROR ? EndReason.ERROR : EndReason.GOAL_MET, null)).toList();
        return new RunResult(dir, List.of(), traces, verdicts, SummaryCalculator.summarize(verdicts, 1, 0, List.of()), false, false,
                Optional.empty());
    }

    private static Trace trace(String scenario, Outcome outcome) {
        List<dev.curveball.core.trace.TraceEvent> events = outcome == Outcome.ERROR
                ? List.of(new UserMessage(AT, "Hi"), new ErrorEvent(AT, ErrorEvent.Source.AGENT, "agent 'broken' threw IllegalStateException: no model"),
                        new ConversationEnd(AT, EndReason.ERROR, 1, "error"))
                : List.of(new UserMessage(AT, "Hi"), new ConversationEnd(AT, EndReason.GOAL_MET, 1, "done"));
        return new Trace(Trace.SCHEMA_VERSION, scenario, 1, scenario + "-t1", "x", events, null);
    }
}
