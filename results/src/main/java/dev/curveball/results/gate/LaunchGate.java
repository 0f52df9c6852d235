package dev.curveball.results.gate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.Json;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.Gate;
import dev.curveball.results.GateScorer;
import dev.curveball.results.PlayedConversation;
import dev.curveball.results.RunRecords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Launch Gate job ({@code curveball gate}, and {@code nightly}): scores a run's gate again
 * from its {@code verdicts.jsonl} with today's scoring, and writes {@code risk-backlog.md} into
 * the run directory. It leaves {@code summary.json} as the run wrote it: that file records what the
 * run computed when it was judged, and {@link GateEvaluation#recordedScore} lets the caller say when
 * today's scoring differs.
 *
 * <pre>{@code GateEvaluation e = LaunchGate.evaluate(Path.of("runs/nightly"), GateOptions.defaults());
 * e.passes(); e.gate().score(); e.backlogFile();  // runs/nightly/risk-backlog.md}</pre>
 */
public final class LaunchGate {
    public static final String RISK_BACKLOG = "risk-backlog.md";

    private LaunchGate() {
    }

    /** Bad input (exit 2) when {@code run} is no run directory or one of its files is broken. */
    public static GateEvaluation evaluate(Path run, GateOptions options) {
        RunRecords records = RunRecords.read(run);
        List<Verdict> verdicts = records.conversations().stream().map(PlayedConversation::verdict).flatMap(Optional::stream).toList();
        Gate gate = GateScorer.score(verdicts, Math.max(1, records.manifest().trials()), options.baseline());
        List<DimensionRate> rates = DimensionRate.of(verdicts);
        RunWorld world = RunWorld.of(records.manifest(), options.world());
        List<RiskItem> backlog = withWorldNote(BlindSpots.of(records, verdicts, rates, world, personas(records), options.baseline()), world);
        Path file = run.resolve(RISK_BACKLOG);
        write(file, RiskBacklog.markdown(run.toAbsolutePath().normalize().getFileName().toString(), records.manifest().agent(), gate, backlog));
        return new GateEvaluation(run, gate, rates, backlog, file, options.min(), recordedScore(run));
    }

    /** Without the world, the suggestions are general: the backlog says why, as its last item. */
    private static List<RiskItem> withWorldNote(List<RiskItem> backlog, RunWorld world) {
        if (world.world().isPresent()) {
            return backlog;
        }
        List<RiskItem> items = new java.util.ArrayList<>(backlog);
        items.add(new RiskItem(RiskItem.Risk.LOW, "world not read", world.missing() + ": suggestions are general, and unreachable pairs are not listed",
                "run `curveball gate RUN --world DIR` with the run's world folder"));
        return RiskItem.ordered(items);
    }

    /** The run's personas, as far as the bundled library has them (the generator's pairs are worked out over these). */
    private static List<Persona> personas(RunRecords records) {
        List<String> ids = records.manifest().personas();
        List<Persona> all = PersonaLibrary.bundled().all();
        List<Persona> used = all.stream().filter(p -> ids.contains(p.id())).toList();
        return used.isEmpty() ? all : used;
    }

    private static Optional<Integer> recordedScore(Path run) {
        Path summary = run.resolve("summary.json");
        if (!Files.exists(summary)) {
            return Optional.empty();
        }
        try {
            JsonNode score = Json.mapper().readTree(summary.toFile()).path("gate").path("score");
            return score.isInt() ? Optional.of(score.asInt()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot write the risk backlog: " + e.getMessage());
        }
    }
}
