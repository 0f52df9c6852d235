package dev.curveball.results.golden;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.scenario.RecordedTurn;
import dev.curveball.core.scenario.Replay;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Party;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.PlayedConversation;
import dev.curveball.results.RunRecords;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code curveball golden export RUN --to DIR} as a library call: the run's agent-blamed FAILs and
 * its novel PASSes ({@link NoveltyKey}) become frozen cases in the golden folder, each the scenario
 * with the user's recorded turns and where it came from. A conversation whose case the folder
 * already holds ({@link CaseFingerprint}) is skipped as a duplicate. ERRORs, failures the simulated
 * user (or the environment) caused, unjudged conversations and passes the folder already covers
 * are never exported; the result counts them.
 *
 * <pre>{@code GoldenExportResult r = GoldenExport.export(Path.of("runs/nightly"), Path.of("golden"), Instant.now());
 * r.added()  // [g0004 from s0007-t1 (failed), ...]}</pre>
 */
public final class GoldenExport {
    private GoldenExport() {
    }

    public static GoldenExportResult export(Path run, Path to, Instant now) {
        RunRecords records = RunRecords.read(run);
        GoldenFolder folder = GoldenFolder.at(to);
        List<Scenario> held = new ArrayList<>(folder.read());
        Map<String, String> byFingerprint = new HashMap<>();
        held.forEach(c -> byFingerprint.putIfAbsent(CaseFingerprint.of(c), c.id()));
        Set<String> covered = held.stream().map(NoveltyKey::of).collect(Collectors.toCollection(HashSet::new));
        GoldenExportResult.Builder result = new GoldenExportResult.Builder(folder.root());
        for (PlayedConversation played : records.conversations()) {
            Optional<Replay.Reason> reason = reason(played, covered, result);
            if (reason.isEmpty()) {
                continue;
            }
            Scenario candidate = frozen(played, run, now, reason.get(), "pending");
            String fingerprint = CaseFingerprint.of(candidate);
            String existing = byFingerprint.get(fingerprint);
            if (existing != null) {
                result.duplicate(new GoldenExportResult.Duplicate(played.id(), reason.get(), existing));
                continue;
            }
            Scenario goldenCase = candidate.toBuilder().id(folder.nextId(held)).build();
            Path file = folder.write(goldenCase);
            held.add(goldenCase);
            byFingerprint.put(fingerprint, goldenCase.id());
            covered.add(NoveltyKey.of(goldenCase));
            result.added(new GoldenExportResult.Added(goldenCase.id(), played.id(), reason.get(), file));
        }
        return result.build();
    }

    /** Why the conversation is kept, or empty (counted in the result) when it is not. */
    private static Optional<Replay.Reason> reason(PlayedConversation played, Set<String> covered, GoldenExportResult.Builder result) {
        if (played.verdict().isEmpty()) {
            result.notKept("not judged");
            return Optional.empty();
        }
        Verdict verdict = played.verdict().get();
        if (verdict.outcome() == Outcome.ERROR) {
            result.notKept("ERROR (infrastructure, never a case)");
            return Optional.empty();
        }
        if (verdict.outcome() == Outcome.FAIL) {
            if (verdict.blame() != null && verdict.blame().party() != Party.AGENT) {
                result.notKept("FAIL the " + verdict.blame().party().name().toLowerCase(java.util.Locale.ROOT) + " caused");
                return Optional.empty();
            }
            return Optional.of(Replay.Reason.FAILED);
        }
        if (covered.contains(NoveltyKey.of(played.scenario()))) {
            result.notKept("PASS the golden folder already covers");
            return Optional.empty();
        }
        return Optional.of(Replay.Reason.NOVEL);
    }

    private static Scenario frozen(PlayedConversation played, Path run, Instant now, Replay.Reason reason, String id) {
        List<RecordedTurn> script = RecordedScript.of(played.trace());
        if (script.isEmpty() || script.get(0).text() == null) {
            throw CurveballException.invalidInput(run + ": conversation " + played.id() + " has no user turn to record");
        }
        String failure = played.verdict().map(v -> v.failedChecks().stream().map(CheckResult::id).distinct()
                .collect(Collectors.joining(", "))).filter(s -> !s.isEmpty()).orElse(null);
        Replay.Source source = new Replay.Source(run.toString(), played.id(), now, reason,
                reason == Replay.Reason.FAILED ? failure : null);
        return played.scenario().toBuilder().id(id).opening(script.get(0).text()).replay(new Replay(script, source)).build();
    }
}
