package dev.curveball.results.report;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.Json;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.Usage;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.EventLabel;
import dev.curveball.results.PlayedConversation;
import dev.curveball.results.RunDirectory;
import dev.curveball.results.RunErrors;
import dev.curveball.results.RunRecords;
import dev.curveball.results.Summary;
import dev.curveball.results.SummaryCalculator;
import dev.curveball.results.stats.ScenarioReliability;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A judged run as the three reports read it: its records, its summary (summary.json, or computed
 * from the verdicts when the file is missing), why ERRORs are ERRORs, the failed checks grouped by
 * check, the pass rates per dimension and per tag, each scenario's trials, and what the agent
 * reported it cost. Computed once, so the reports agree with each other.
 */
record ReportedRun(RunRecords records, Summary summary, List<PlayedConversation> judged, RunErrors errors,
        Map<String, List<FailedCheck>> failuresByCheck, List<RateRow> dimensions, List<RateRow> tags,
        Map<String, ScenarioReliability> scenarios, Optional<Cost> cost) {

    /** One failed check of one conversation, with what its event is ({@code tool_call of issue_refund}), null without one. */
    record FailedCheck(PlayedConversation conversation, CheckResult check, String event) {
    }

    /** Tokens and dollars the agent reported over the whole run. */
    record Cost(long inputTokens, long outputTokens, BigDecimal usd) {
    }

    static ReportedRun read(Path dir) {
        RunRecords records = RunRecords.read(dir);
        List<PlayedConversation> judged = records.conversations().stream().filter(c -> c.verdict().isPresent()).toList();
        if (judged.isEmpty()) {
            throw CurveballException.invalidInput(dir + ": no judged conversation yet (no verdicts.jsonl, or it is empty); "
                    + "let the run finish, or judge it with: curveball judge " + dir);
        }
        List<Verdict> verdicts = judged.stream().map(c -> c.verdict().orElseThrow()).toList();
        List<Trace> traces = judged.stream().map(PlayedConversation::trace).toList();
        return new ReportedRun(records, summary(RunDirectory.open(dir), records, verdicts), judged, RunErrors.of(traces, verdicts),
                failuresByCheck(judged), RateRow.byDimension(verdicts), RateRow.byTag(verdicts), ScenarioReliability.of(verdicts),
                cost(traces));
    }

    /** The run's trials per scenario (k of pass^k). */
    int trials() {
        return Math.max(1, summary.trials());
    }

    private static Summary summary(RunDirectory run, RunRecords records, List<Verdict> verdicts) {
        if (Files.exists(run.summary())) {
            try {
                return Json.mapper().readValue(run.summary().toFile(), Summary.class);
            } catch (IOException e) {
                throw CurveballException.invalidInput(run.summary() + ": not a Curveball summary: " + e.getMessage());
            }
        }
        return SummaryCalculator.summarize(verdicts, Math.max(1, records.manifest().trials()), 0, records.manifest().viewsNotAvailable());
    }

    private static Map<String, List<FailedCheck>> failuresByCheck(List<PlayedConversation> judged) {
        Map<String, List<FailedCheck>> byCheck = new TreeMap<>();
        for (PlayedConversation c : judged) {
            for (CheckResult check : c.verdict().orElseThrow().failedChecks()) {
                String event = check.event() == null ? null : EventLabel.of(c.trace(), check.event());
                byCheck.computeIfAbsent(check.id(), k -> new ArrayList<>()).add(new FailedCheck(c, check, event));
            }
        }
        // Most broken first: the check a reader should look at first.
        Map<String, List<FailedCheck>> ordered = new LinkedHashMap<>();
        byCheck.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private static Optional<Cost> cost(List<Trace> traces) {
        List<Usage> usages = traces.stream().flatMap(t -> t.eventsOf(Usage.class).stream())
                .filter(u -> u.role() == dev.curveball.core.cost.Role.AGENT).toList();
        if (usages.stream().noneMatch(u -> u.inputTokens() > 0 || u.outputTokens() > 0 || u.cost().orElse(BigDecimal.ZERO).signum() > 0)) {
            return Optional.empty();
        }
        return Optional.of(new Cost(usages.stream().mapToLong(Usage::inputTokens).sum(), usages.stream().mapToLong(Usage::outputTokens).sum(),
                usages.stream().map(u -> u.cost().orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    /** The conversation's length by its trace's clock: first event to last; zero for fewer than two events. */
    static Duration duration(Trace trace) {
        List<TraceEvent> events = trace.events();
        if (events.size() < 2 || events.get(0).at() == null || events.get(events.size() - 1).at() == null) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(events.get(0).at(), events.get(events.size() - 1).at());
        return d.isNegative() ? Duration.ZERO : d;
    }
}
