package dev.curveball.results;

import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Blame;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Party;
import dev.curveball.core.verdict.Verdict;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A FAIL conversation as a line to read: its first failed check (the one broken at the earliest
 * event; a check with no single event after those that have one), what that event is, and the
 * other checks it failed, and who caused the failure ({@code blame}, null in verdicts written before blame).
 *
 * <pre>{@code FailedConversation.of(result).get(0)
 * // FailedConversation[conversation=s0001-t1, check=CheckResult[id=approval-required, event=13, ...],
 * //                    event=tool_call of issue_refund, others=[final-state, resolution]]}</pre>
 */
public record FailedConversation(String conversation, CheckResult check, String event, List<String> others, Blame blame) {
    private static final Comparator<CheckResult> EARLIEST = Comparator
            .comparing(CheckResult::event, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(CheckResult::id);

    public FailedConversation {
        others = List.copyOf(others);
    }

    /** Whether someone other than the agent caused it: the simulated user or the world. */
    public boolean notTheAgents() {
        return blame != null && blame.party() != Party.AGENT;
    }

    /** The run's FAIL conversations in the order of its verdicts (scenario, then trial). */
    public static List<FailedConversation> of(RunResult result) {
        // The run's traces.jsonl is streamed: only the label of each FAIL's breaking event is kept.
        Map<String, Verdict> failing = new HashMap<>();
        result.verdicts().stream().filter(FailedConversation::failing).forEach(v -> failing.put(RunErrors.conversation(v), v));
        Map<String, String> labels = new HashMap<>();
        if (!failing.isEmpty()) {
            result.forEachTrace(t -> {
                Verdict v = failing.get(Scenario.conversationId(t.scenarioId(), t.trial()));
                if (v != null) {
                    labels.put(RunErrors.conversation(v), label(v, t));
                }
            });
        }
        return result.verdicts().stream().filter(FailedConversation::failing).map(v -> of(v, labels.get(RunErrors.conversation(v)))).toList();
    }

    /** From a run's traces and verdicts, as a run directory holds them. */
    public static List<FailedConversation> of(List<Trace> allTraces, List<Verdict> verdicts) {
        Map<String, Trace> traces = allTraces.stream()
                .collect(Collectors.toMap(t -> Scenario.conversationId(t.scenarioId(), t.trial()), Function.identity(), (a, b) -> b));
        return verdicts.stream().filter(FailedConversation::failing)
                .map(v -> of(v, label(v, traces.get(RunErrors.conversation(v))))).toList();
    }

    private static boolean failing(Verdict v) {
        return v.outcome() == Outcome.FAIL && !v.failedChecks().isEmpty();
    }

    /** What the event that broke the verdict's first failed check is, null without one. */
    private static String label(Verdict verdict, Trace trace) {
        CheckResult first = verdict.failedChecks().stream().sorted(EARLIEST).findFirst().orElseThrow();
        return first.event() == null || trace == null ? null : EventLabel.of(trace, first.event());
    }

    private static FailedConversation of(Verdict verdict, String event) {
        List<CheckResult> failed = verdict.failedChecks().stream().sorted(EARLIEST).toList();
        CheckResult first = failed.get(0);
        return new FailedConversation(RunErrors.conversation(verdict), first, event,
                failed.subList(1, failed.size()).stream().map(CheckResult::id).toList(), verdict.blame());
    }
}
