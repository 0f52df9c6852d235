package dev.curveball.results;

import dev.curveball.core.model.KeyMask;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why a run's ERROR conversations are ERRORs, grouped by reason: the first error the trace recorded
 * (the agent's answer, a timeout, the simulator), else the judge's. Reasons that differ only in
 * numbers (ids, ports, seconds) are one reason, so 30 timeouts read as one line. The group of the
 * first ERROR conversation comes first, then the others by size.
 *
 * <pre>{@code RunErrors errors = RunErrors.of(result);
 * errors.reasons().get(0)   // Reason[text=agent answered HTTP 500: {"error":"boom"}, first=s0001-t1, count=7]}</pre>
 */
public record RunErrors(int conversations, int errors, List<Reason> reasons) {

    /** One reason, as the first conversation that had it says it, and how many conversations share it. */
    public record Reason(String text, String first, int count) {
    }

    public RunErrors {
        reasons = List.copyOf(reasons);
    }

    /** From a finished run: its traces.jsonl is streamed, keeping only the first error of each ERROR conversation. */
    public static RunErrors of(RunResult result) {
        Set<String> errored = result.verdicts().stream().filter(v -> v.outcome() == Outcome.ERROR).map(RunErrors::conversation)
                .collect(Collectors.toSet());
        Map<String, String> firstErrors = new HashMap<>();
        if (!errored.isEmpty()) {
            result.forEachTrace(t -> {
                String key = key(t.scenarioId(), t.trial());
                if (errored.contains(key)) {
                    firstErrors.put(key, firstError(t));
                }
            });
        }
        return of(firstErrors::get, result.verdicts());
    }

    /** From a run's traces and verdicts, as a run directory holds them. */
    public static RunErrors of(List<Trace> allTraces, List<Verdict> verdicts) {
        Map<String, String> firstErrors = new HashMap<>();
        allTraces.forEach(t -> firstErrors.put(key(t.scenarioId(), t.trial()), firstError(t)));
        return of(firstErrors::get, verdicts);
    }

    /** {@code firstError}: the first error a conversation's trace recorded, by conversation id, null when none. */
    private static RunErrors of(Function<String, String> firstError, List<Verdict> verdicts) {
        Map<String, List<String[]>> groups = new LinkedHashMap<>();
        List<Verdict> errored = verdicts.stream().filter(v -> v.outcome() == Outcome.ERROR).toList();
        for (Verdict verdict : errored) {
            String text = reason(verdict, firstError.apply(key(verdict.scenarioId(), verdict.trial())));
            groups.computeIfAbsent(normalised(text), k -> new ArrayList<>()).add(new String[] {text, conversation(verdict)});
        }
        List<Reason> reasons = new ArrayList<>();
        groups.values().forEach(g -> reasons.add(new Reason(g.get(0)[0], g.get(0)[1], g.size())));
        if (reasons.size() > 1) {
            List<Reason> rest = new ArrayList<>(reasons.subList(1, reasons.size()));
            rest.sort(Comparator.comparingInt(Reason::count).reversed()); // stable: ties keep their first appearance
            reasons.subList(1, reasons.size()).clear();
            reasons.addAll(rest);
        }
        return new RunErrors(verdicts.size(), errored.size(), reasons);
    }

    /** Whether the run judged nothing because every conversation is an ERROR (false for a run of none). */
    public boolean everyConversation() {
        return conversations > 0 && errors == conversations;
    }

    /** The ERROR share of the conversations, 0 for a run of none. */
    public double share() {
        return conversations == 0 ? 0 : (double) errors / conversations;
    }

    /** {@code s0007-t2}, the conversation id the protocol uses. */
    public static String conversation(Verdict verdict) {
        return key(verdict.scenarioId(), verdict.trial());
    }

    private static String key(String scenario, int trial) {
        return Scenario.conversationId(scenario, trial);
    }

    private static String firstError(Trace trace) {
        return trace.eventsOf(ErrorEvent.class).stream().map(ErrorEvent::message).findFirst().orElse(null);
    }

    private static String reason(Verdict verdict, String text) {
        if (text == null) {
            text = verdict.error() == null ? "no reason recorded" : verdict.error();
        }
        // An agent's body can quote a key and span lines; a reason is one masked line.
        return KeyMask.mask(text).replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String normalised(String text) {
        return text.replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
    }
}
