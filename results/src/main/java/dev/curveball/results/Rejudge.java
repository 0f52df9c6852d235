package dev.curveball.results;

import dev.curveball.core.cost.ConversationCost;
import dev.curveball.core.cost.PriceTable;
import dev.curveball.core.cost.TracePricing;
import dev.curveball.core.model.UsageScope;
import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.Json;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.generator.ScenarioGenerator;
import dev.curveball.judge.Judge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code curveball judge RUN} as a library call: judges a finished run again from its traces, with
 * today's checks and today's task definitions, never calling the agent. A generated run's scenarios
 * take their task (outcome, escalation, hidden facts) and expectations from the world's
 * {@code tasks.yaml} as it is now, matched by task id; a scenarios-file run is judged with the
 * scenarios it recorded. The verdicts and summary are replaced (the old ones kept beside them, see
 * {@link RunDirectory#replaceVerdicts}); the run's lock is held throughout, so no run plays meanwhile.
 *
 * <pre>{@code RejudgeResult result = new Rejudge(new Judge()).rejudge(Path.of("runs/nightly"), Optional.empty());
 * result.changes().flips();  // [s0003-t1 FAIL -> PASS]}</pre>
 */
public final class Rejudge {
    /** How a manifest names the world bundled in the jar, which {@code curveball demo} plays. */
    private static final String BUNDLED = "bundled:";
    private final Judge judge;
    private final boolean graded;

    /** Judging with hard checks only: a run's model grades, if it had any, are not given again. */
    public Rejudge(Judge judge) {
        this(judge, false);
    }

    /** {@code graded}: the judge grades rubric criteria with a judge model (its grades cached by content). */
    public Rejudge(Judge judge, boolean graded) {
        this.judge = judge;
        this.graded = graded;
    }

    /** Judges the run in {@code dir} again, in the world loaded from {@code world}, or from the folder its manifest names. */
    public RejudgeResult rejudge(Path dir, Optional<Path> world) {
        try (RunDirectory run = RunDirectory.lockForJudging(dir)) {
            if (!Files.exists(run.traces())) {
                throw CurveballException.invalidInput(dir + ": the run has no traces.jsonl, so there is nothing to judge again");
            }
            RunRecords records = RunRecords.read(dir);
            if (records.conversations().isEmpty()) {
                throw CurveballException.invalidInput(run.traces() + ": holds no conversation, so there is nothing to judge again");
            }
            Manifest manifest = records.manifest();
            String source = world.map(Path::toString).orElseGet(() -> recordedWorld(manifest, dir));
            World loaded = load(source);
            requireSameWorld(loaded, manifest, source, world.isPresent());
            boolean generated = "generated".equals(manifest.scenarioSource());
            if (generated) {
                ScenarioCheck.validateTasks(loaded, source, judge);
            }
            return judge(run, records, loaded, source, generated);
        }
    }

    private RejudgeResult judge(RunDirectory run, RunRecords records, World world, String worldSource, boolean generated) {
        Map<String, TaskSeed> tasks = new LinkedHashMap<>();
        world.tasks().forEach(t -> tasks.put(t.id(), t));
        TreeSet<String> recorded = new TreeSet<>();
        int refreshed = 0;
        Map<String, Verdict> before = new LinkedHashMap<>();
        List<Verdict> after = new ArrayList<>();
        Map<String, Scenario> today = new LinkedHashMap<>();
        for (PlayedConversation played : records.conversations()) {
            Scenario scenario = today.computeIfAbsent(played.scenario().id(), id -> todays(played.scenario(), tasks, generated));
            played.verdict().ifPresent(v -> before.put(played.id(), v));
            after.add(costed(scenario, played.trace(), world));
        }
        for (Scenario scenario : today.values()) {
            if (generated && tasks.containsKey(scenario.task().id())) {
                refreshed++;
            } else if (generated) {
                recorded.add(scenario.task().id());
            }
        }
        after.sort(Comparator.comparing(Verdict::scenarioId).thenComparingInt(Verdict::trial));
        int trials = Math.max(1, records.manifest().trials());
        List<String> blind = blindSpots(records.manifest().viewsNotAvailable());
        Summary summary = SummaryCalculator.summarize(after, trials, unreachable(run), blind);
        Optional<Summary> earlier = before.isEmpty() ? Optional.empty()
                : Optional.of(SummaryCalculator.summarize(List.copyOf(before.values()), trials, unreachable(run), blind));
        VerdictChanges changes = VerdictChanges.between(before, after);
        run.replaceVerdicts(after, summary);
        return new RejudgeResult(run, worldSource, judge.checks(), after, earlier, summary, changes, refreshed,
                List.copyOf(recorded));
    }

    /** The verdict with the conversation's cost: the trace's agent and user usage, and what this judging's own model calls spent. */
    private Verdict costed(Scenario scenario, dev.curveball.core.trace.Trace trace, World world) {
        try (UsageScope scope = UsageScope.open()) {
            Verdict verdict = judge.judge(world, scenario, trace);
            PriceTable prices = PriceTable.shipped();
            return verdict.withCost(ConversationCost.of(TracePricing.price(trace, prices), scope.drain(), prices));
        }
    }

    /** The run's blind spots, with model grading among them exactly when this judging did not grade. */
    private List<String> blindSpots(List<String> recorded) {
        boolean recordedUngraded = recorded.stream().anyMatch(s -> s.startsWith(RunService.MODEL_GRADING));
        if (graded) {
            return recorded.stream().filter(s -> !s.startsWith(RunService.MODEL_GRADING)).toList();
        }
        if (recordedUngraded) {
            return recorded;
        }
        List<String> spots = new ArrayList<>(recorded);
        spots.add(0, RunService.MODEL_BLIND_SPOTS.get(0));
        return List.copyOf(spots);
    }

    /** The scenario with today's task and expectations when the run generated it from a task the world still has. */
    private static Scenario todays(Scenario played, Map<String, TaskSeed> tasks, boolean generated) {
        TaskSeed seed = generated ? tasks.get(played.task().id()) : null;
        if (seed == null) {
            return played;
        }
        return played.toBuilder().task(seed.task()).expectations(ScenarioGenerator.expectations(seed)).build();
    }

    /** The world folder the manifest names, or {@code bundled:worlds/acme-support} for the world shipped in the jar (demo runs). */
    private static String recordedWorld(Manifest manifest, Path dir) {
        String source = manifest.worldSource();
        if (source == null || source.isBlank()) {
            throw CurveballException.invalidInput(dir.resolve("manifest.json") + ": names no world folder (world_source); pass --world DIR");
        }
        if (!source.startsWith(BUNDLED) && !Files.isDirectory(Path.of(source))) {
            throw CurveballException.invalidInput(dir.resolve("manifest.json") + ": the run's world folder '" + source
                    + "' is not there from here; pass --world DIR");
        }
        return source;
    }

    private static World load(String source) {
        return source.startsWith(BUNDLED) ? WorldLoader.loadResource(source.substring(BUNDLED.length())) : WorldLoader.load(Path.of(source));
    }

    private static void requireSameWorld(World world, Manifest manifest, String source, boolean given) {
        if (manifest.world() != null && !manifest.world().equals(world.name())) {
            throw CurveballException.invalidInput((given ? "--world: " : "") + source + " holds world '" + world.name()
                    + "', but the run was played in world '" + manifest.world() + "'");
        }
    }

    /** The run's count of conversations whose agent could not be reached, as its summary said; the traces do not say it. */
    private static int unreachable(RunDirectory run) {
        Path file = run.summary();
        if (!Files.exists(file)) {
            return 0;
        }
        try {
            JsonNode summary = Json.mapper().readTree(file.toFile());
            return summary == null ? 0 : summary.path("agent_unreachable").asInt(0);
        } catch (IOException e) {
            return 0;
        }
    }
}
