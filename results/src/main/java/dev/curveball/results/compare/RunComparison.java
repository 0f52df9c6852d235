package dev.curveball.results.compare;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.EventLabel;
import dev.curveball.results.PlayedConversation;
import dev.curveball.results.RunRecords;
import dev.curveball.results.stats.ScenarioReliability;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entry point of comparing two runs ({@code curveball compare}, and {@code nightly} against its
 * baseline): reads both run directories, pairs their conversations by scenario id and trial, and
 * classifies each scenario. Runs on different worlds are refused (their scenario ids name
 * unrelated cases), and so is a run that holds no verdicts yet.
 */
public final class RunComparison {
    private RunComparison() {
    }

    /** Run B ({@code runB}, the new one) against run A (the baseline). */
    public static Comparison of(Path runA, Path runB, CompareOptions options) {
        RunRecords a = read(runA);
        RunRecords b = read(runB);
        if (!Objects.equals(a.manifest().world(), b.manifest().world())) {
            throw CurveballException.invalidInput(runB + ": played world '" + b.manifest().world() + "', but " + runA + " played '"
                    + a.manifest().world() + "'; compare runs of the same world");
        }
        return compare(a, b, options);
    }

    private static RunRecords read(Path dir) {
        RunRecords run = RunRecords.read(dir);
        if (run.conversations().stream().noneMatch(c -> c.verdict().isPresent())) {
            throw CurveballException.invalidInput(dir + ": holds no verdicts yet (no verdicts.jsonl); let the run finish, or judge it with 'curveball judge " + dir + "'");
        }
        return run;
    }

    static Comparison compare(RunRecords a, RunRecords b, CompareOptions options) {
        Map<String, Scenario> scenariosA = byId(a.scenarios());
        Map<String, Scenario> scenariosB = byId(b.scenarios());
        Map<String, List<PlayedConversation>> playedA = byScenario(a);
        Map<String, List<PlayedConversation>> playedB = byScenario(b);
        Set<String> ids = new LinkedHashSet<>(scenariosA.keySet());
        ids.addAll(scenariosB.keySet());
        List<ConversationPair> paired = new ArrayList<>();
        List<ScenarioChange> changes = new ArrayList<>();
        for (String id : ids) {
            Scenario sa = scenariosA.get(id);
            Scenario sb = scenariosB.get(id);
            if (sa == null || sb == null) {
                changes.add(new ScenarioChange(id, sa == null ? ScenarioStatus.ADDED : ScenarioStatus.REMOVED, 0, 0, 0, 0, List.of(),
                        sa == null ? "only in B" : "only in A"));
                continue;
            }
            List<ConversationPair> pairs = pairs(id, playedA, playedB);
            String difference = difference(sa, sb);
            if (difference != null) {
                changes.add(new ScenarioChange(id, ScenarioStatus.CHANGED, pairs.size(), 0, 0, 0, List.of(), difference));
                continue;
            }
            paired.addAll(pairs);
            changes.add(change(id, pairs));
        }
        int[] table = new int[4];
        int errors = 0;
        int ungraded = 0;
        int simulator = 0;
        for (ConversationPair p : paired) {
            if (p.judged()) {
                table[(p.passedA() ? 0 : 2) + (p.passedB() ? 0 : 1)]++;
            } else if (p.anyOutcome(Outcome.ERROR) || p.a().verdict().isEmpty() || p.b().verdict().isEmpty()) {
                errors++;
            } else if (p.anyOutcome(Outcome.UNGRADED)) {
                ungraded++;
            } else {
                simulator++;
            }
        }
        return new Comparison(side(a), side(b), options, table[0], table[1], table[2], table[3], new NotJudged(errors, ungraded, simulator),
                changes, Breakdown.tags(paired), Breakdown.checks(paired), Breakdown.costs(paired), Breakdown.timings(paired));
    }

    private static ScenarioChange change(String id, List<ConversationPair> pairs) {
        List<ConversationPair> judged = pairs.stream().filter(ConversationPair::judged).toList();
        int passedA = (int) judged.stream().filter(ConversationPair::passedA).count();
        int passedB = (int) judged.stream().filter(ConversationPair::passedB).count();
        ScenarioStatus status = NoiseRule.status(judged.size(), passedA, passedB);
        String note = switch (status) {
            case FLAKY -> NoiseRule.flakyNote(judged.size(), passedA, passedB);
            case NOT_JUDGED -> pairs.isEmpty() ? "no trial played in both runs" : "no trial judged the agent in both runs";
            default -> "";
        };
        List<NewFailure> failures = status == ScenarioStatus.REGRESSED ? newFailures(judged) : List.of();
        return new ScenarioChange(id, status, pairs.size(), judged.size(), passedA, passedB, failures, note);
    }

    /** The checks B failed that no judged trial of A failed; when there are none, B's failed checks. */
    private static List<NewFailure> newFailures(List<ConversationPair> judged) {
        Set<String> failedInA = new TreeSet<>();
        judged.forEach(p -> p.a().verdict().get().failedChecks().forEach(c -> failedInA.add(c.id())));
        List<NewFailure> all = new ArrayList<>();
        for (ConversationPair p : judged) {
            Verdict vb = p.b().verdict().get();
            vb.failedChecks().forEach(c -> all.add(new NewFailure(c.id(), p.b().id(), c.event(),
                    c.event() == null ? null : EventLabel.of(p.b().trace(), c.event()), c.message())));
        }
        List<NewFailure> fresh = all.stream().filter(f -> !failedInA.contains(f.check())).toList();
        return fresh.isEmpty() ? all : fresh;
    }

    /** Trial t of the scenario in A with trial t in B, in A's trial order. */
    private static List<ConversationPair> pairs(String id, Map<String, List<PlayedConversation>> a, Map<String, List<PlayedConversation>> b) {
        Map<Integer, PlayedConversation> inB = new LinkedHashMap<>();
        b.getOrDefault(id, List.of()).forEach(c -> inB.put(c.trace().trial(), c));
        List<ConversationPair> pairs = new ArrayList<>();
        for (PlayedConversation c : a.getOrDefault(id, List.of())) {
            PlayedConversation other = inB.get(c.trace().trial());
            if (other != null) {
                pairs.add(new ConversationPair(c, other));
            }
        }
        return pairs;
    }

    private static Map<String, List<PlayedConversation>> byScenario(RunRecords run) {
        Map<String, List<PlayedConversation>> out = new LinkedHashMap<>();
        run.conversations().forEach(c -> out.computeIfAbsent(c.trace().scenarioId(), k -> new ArrayList<>()).add(c));
        return out;
    }

    /** What differs between two scenarios under one id, in words; null when they play the same case. */
    private static String difference(Scenario a, Scenario b) {
        List<String> parts = new ArrayList<>();
        if (!a.task().id().equals(b.task().id())) {
            parts.add("task " + a.task().id() + " -> " + b.task().id());
        }
        if (!a.persona().equals(b.persona())) {
            parts.add("persona " + a.persona() + " -> " + b.persona());
        }
        if (!a.user().equals(b.user())) {
            parts.add("user " + a.user().id() + " -> " + b.user().id());
        }
        if (!a.faults().equals(b.faults())) {
            parts.add("faults " + a.faultProfile() + " -> " + b.faultProfile() + (a.faultProfile().equals(b.faultProfile()) ? " (changed)" : ""));
        }
        return parts.isEmpty() ? null : "same id, different case: " + String.join(", ", parts);
    }

    private static Map<String, Scenario> byId(List<Scenario> scenarios) {
        Map<String, Scenario> out = new LinkedHashMap<>();
        scenarios.forEach(s -> out.putIfAbsent(s.id(), s));
        return out;
    }

    private static Comparison.Side side(RunRecords run) {
        return new Comparison.Side(run.directory(), run.manifest().agent(), run.manifest().world(), run.manifest().trials());
    }

    /** Trial {@code t} of a scenario in A and in B. */
    record ConversationPair(PlayedConversation a, PlayedConversation b) {
        boolean judged() {
            return a.verdict().filter(ScenarioReliability::judgesTheAgent).isPresent()
                    && b.verdict().filter(ScenarioReliability::judgesTheAgent).isPresent();
        }

        boolean passedA() {
            return a.verdict().map(v -> v.outcome() == Outcome.PASS).orElse(false);
        }

        boolean passedB() {
            return b.verdict().map(v -> v.outcome() == Outcome.PASS).orElse(false);
        }

        boolean anyOutcome(Outcome outcome) {
            return a.verdict().map(v -> v.outcome() == outcome).orElse(false) || b.verdict().map(v -> v.outcome() == outcome).orElse(false);
        }
    }
}
