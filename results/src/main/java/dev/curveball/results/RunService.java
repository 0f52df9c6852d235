package dev.curveball.results;

import dev.curveball.core.cost.ConversationCost;
import dev.curveball.core.cost.ModelTokens;
import dev.curveball.core.cost.TracePricing;
import dev.curveball.core.agent.Agent;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.model.ModelClient;
import dev.curveball.core.model.UsageScope;
import dev.curveball.core.io.FileSchema;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.generator.GenerationOptions;
import dev.curveball.generator.GenerationReport;
import dev.curveball.generator.SuiteGeneration;
import dev.curveball.core.reading.ModelReplyReader;
import dev.curveball.core.reading.OfflineReplyReader;
import dev.curveball.core.reading.ReplyReader;
import dev.curveball.judge.Judge;
import dev.curveball.judge.grading.ModelGrader;
import dev.curveball.judge.grading.Rubric;
import dev.curveball.results.shard.ScenarioFingerprint;
import dev.curveball.results.shard.Shard;
import dev.curveball.results.shard.SuiteShard;
import dev.curveball.runner.agent.AgentAdapter;
import dev.curveball.runner.agent.AgentAdapters;
import dev.curveball.runner.agent.AgentSettings;
import dev.curveball.runner.agent.InProcessAgentAdapter;
import dev.curveball.runner.gateway.ToolGateway;
import dev.curveball.runner.run.RunExecutor;
import dev.curveball.runner.run.RunOutcome;
import dev.curveball.runner.run.RunPlan;
import dev.curveball.runner.user.ScriptedUserSimulator;
import dev.curveball.runner.user.SimulatedUsers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code curveball run} as a library call: scenarios (generated or read), the conversations
 * against the agent, the hard-check judge, and the run directory with its summary.
 *
 * <pre>{@code RunResult result = new RunService().run(request, RunListener.SILENT);
 * result.summary().passRate();}</pre>
 */
public final class RunService {
    /** What an offline run cannot see, said plainly in the summary and the manifest. */
    public static final List<String> OFFLINE_BLIND_SPOTS = List.of(
            "model grading: no --model configured, so rubric criteria were not graded; only hard checks judged",
            "model-driven users: no --model configured, so users were played by the scripted reactive simulator");
    /** With a model, users are model-driven; grading is still not done. */
    public static final List<String> MODEL_BLIND_SPOTS = List.of(
            "model grading: rubric criteria were not graded; only hard checks judged");

    /** How every "model grading" blind spot begins. */
    static final String MODEL_GRADING = "model grading:";

    private final Judge judge = new Judge();

    /** The judge of this run's conversations: the hard checks, and rubric grading when a judge model is set. */
    private Judge judgeFor(RunRequest request) {
        // Metered, so each verdict can say what its grading cost (UsageScope around judge.judge).
        return request.judgeModels().isEmpty() ? judge
                : new Judge(ModelGrader.of(request.judgeModels().stream().map(UsageScope::metered).toList(), request.judgeSamples(),
                        Rubric.defaults()));
    }

    /** The model that plays the users and reads the replies, metered so each conversation records what it spent. */
    private static ModelClient userModel(RunRequest request) {
        return request.model() == null ? null : UsageScope.metered(request.model());
    }

    public RunResult run(RunRequest request, RunListener listener) {
        return run(request, settings -> AgentAdapters.resolve(request.agent(), settings, request.world()), listener);
    }

    /**
     * As {@link #run(RunRequest, RunListener)}, playing {@code agent} itself rather than the agent
     * {@code request.agent()} names (which must be its id, as the manifest records it): how a test
     * in the team's own build runs an instance it made, with no {@code ServiceLoader} entry.
     */
    public RunResult run(RunRequest request, Agent agent, RunListener listener) {
        if (!request.agent().equals(agent.id())) {
            throw CurveballException.invalidInput("agent: the request names '" + request.agent() + "' but the agent's id() is '" + agent.id() + "'");
        }
        if (!request.agentHeaders().isEmpty()) {
            throw CurveballException.invalidInput("--agent-header: headers go to an http:// agent; '" + agent.id() + "' is an in-process agent");
        }
        return run(request, settings -> new InProcessAgentAdapter(agent, settings.turnTimeout()), listener);
    }

    private RunResult run(RunRequest request, Function<AgentSettings, AgentAdapter> agents, RunListener listener) {
        // The directory stays locked until the run's last file is written: one run per folder.
        try (RunDirectory dir = RunDirectory.prepare(request.out(), request.resume())) {
            return run(request, agents, dir, listener);
        }
    }

    private RunResult run(RunRequest request, Function<AgentSettings, AgentAdapter> agents, RunDirectory dir, RunListener listener) {
        Manifest earlier = request.resume() ? dir.readManifest() : null;
        if (!request.resume() && !(request.scenarios() instanceof ScenarioSource.File)) {
            ScenarioCheck.validateTasks(request.world(), request.worldSource(), judge);
        }
        Suite suite = request.resume() ? new Suite(dir.readScenarios(), Optional.empty(), earlier.shard()) : suite(request);
        ScenarioCheck.validate(suite.scenarios(), request.world(), request.personas(), judge, sourceName(request, dir));
        if (earlier != null) {
            requireSameShard(earlier, request.shard(), dir);
        } else if (request.shard() != null) {
            suite = suite.slice(request.shard());
        }
        List<Scenario> scenarios = suite.scenarios();
        int trials = trials(request, earlier, dir);
        SimulatedUsers users = request.model() == null ? SimulatedUsers.scripted() : SimulatedUsers.playedBy(userModel(request));
        if (earlier != null) {
            requireSameUsers(earlier, users, dir);
        }
        AgentSettings settings = new AgentSettings(request.turnTimeout(), request.agentHeaders(), request.endNotice(),
                request.environment(), request.limits().agentRetry(), request.limits().agentLimits());
        try (AgentAdapter agent = agents.apply(settings)) {
            if (earlier != null && !earlier.agent().equals(agent.id())) {
                throw CurveballException.invalidInput("--agent: the run in " + dir.path() + " was played against '"
                        + earlier.agent() + "'; resume it with --agent " + earlier.agent());
            }
            if (earlier == null) {
                dir.writeScenarios(scenarios);
                dir.writeManifest(manifest(request, agent, suite, trials, users));
            }
            return play(request, trials, dir, suite, agent, users, listener);
        }
    }

    /** A resumed run keeps its own number of trials; a different --trials is a mistake, not a change. */
    private static int trials(RunRequest request, Manifest earlier, RunDirectory dir) {
        if (earlier == null) {
            return request.trials() == null ? 1 : request.trials();
        }
        if (request.trials() != null && request.trials() != earlier.trials()) {
            throw CurveballException.invalidInput("--trials: the run in " + dir.path() + " plays " + earlier.trials()
                    + " trials per scenario; resume it without --trials or with --trials " + earlier.trials());
        }
        return earlier.trials();
    }

    /** A shard is resumed as the same shard: another slice would mix two shards' conversations in one folder. */
    private static void requireSameShard(Manifest earlier, Shard asked, RunDirectory dir) {
        if (asked == null || earlier.shard() != null && earlier.shard().shard().equals(asked)) {
            return;
        }
        throw CurveballException.invalidInput("--shard: the run in " + dir.path() + (earlier.shard() == null
                ? " is not a shard; resume it without --shard"
                : " is shard " + earlier.shard().shard() + "; resume it with --shard " + earlier.shard().shard() + " or without --shard"));
    }

    /** A resumed run is played by the same users it started with, or its conversations would not compare. */
    private static void requireSameUsers(Manifest earlier, SimulatedUsers users, RunDirectory dir) {
        if (!earlier.userSimulator().equals(users.id())) {
            String fix = earlier.userSimulator().equals(ScriptedUserSimulator.ID) ? "without --model" : "with --model " + earlier.userSimulator();
            throw CurveballException.invalidInput("--model: the run in " + dir.path() + " was played by the '" + earlier.userSimulator()
                    + "' user simulator, not '" + users.id() + "'; resume it " + fix);
        }
    }

    /**
     * Plays what the run lacks and judges it. Each trace is appended to traces.jsonl and each verdict
     * to verdicts.jsonl as its conversation ends, and neither trace is kept: memory holds the
     * verdicts (for the summary) and the conversations in flight, not the run. A resumed run streams
     * its earlier traces back, one at a time, to judge them again.
     */
    private RunResult play(RunRequest request, int trials, RunDirectory dir, Suite suite,
                           AgentAdapter agent, SimulatedUsers users, RunListener listener) {
        List<Scenario> scenarios = suite.scenarios();
        var byId = scenarios.stream().collect(Collectors.toMap(Scenario::id, s -> s));
        Judge judge = judgeFor(request);
        int total = scenarios.size() * trials;
        ConcurrentLinkedQueue<Verdict> verdicts = new ConcurrentLinkedQueue<>();
        Set<String> done = new HashSet<>();
        SpendLimit spend = SpendLimit.of(Optional.ofNullable(request.maxSpend()));
        dir.clearVerdicts();
        try (Jsonl.Appender verdictLines = dir.verdictAppender()) {
            if (request.resume()) {
                ResumedTraces resumed = dir.readTracesForResume(trace -> {
                    done.add(RunPlan.key(trace.scenarioId(), trace.trial()));
                    Verdict verdict = judged(judge, request, byId.get(trace.scenarioId()), trace, spend);
                    verdicts.add(verdict);
                    verdictLines.append(verdict);
                });
                listener.resumed(resumed, total);
            }
            // One reader for the user and the judge: with a model, the model reads and the offline reader is its fallback.
            ReplyReader reader = request.model() == null ? new OfflineReplyReader() : new ModelReplyReader(userModel(request), new OfflineReplyReader());
            RunPlan plan = new RunPlan(request.world(), request.personas(), scenarios, trials, request.parallel(), done, reader, spend::mayStart);
            AtomicInteger finished = new AtomicInteger(done.size());
            RunOutcome outcome;
            try (ToolGateway gateway = new ToolGateway(); Jsonl.Appender traces = dir.traceAppender()) {
                outcome = new RunExecutor(gateway, users).run(plan, agent, unpriced -> {
                    Trace trace = TracePricing.price(unpriced, request.prices());
                    traces.append(trace);
                    Verdict verdict = judged(judge, request, byId.get(trace.scenarioId()), trace, spend);
                    verdicts.add(verdict);
                    verdictLines.append(verdict);
                    listener.conversationEnded(verdict, finished.incrementAndGet(), total);
                });
            }
            List<Verdict> sorted = verdicts.stream()
                    .sorted(Comparator.comparing(Verdict::scenarioId).thenComparingInt(Verdict::trial)).toList();
            verdictLines.close();
            dir.writeVerdicts(sorted);
            Summary summary = SummaryCalculator.summarize(sorted, trials, outcome.unreachable(), blindSpots(request));
            if (!outcome.interrupted()) {
                summary = spend.stop(total - finished.get()).map(summary::withStop).orElse(summary);
            }
            dir.writeSummary(summary);
            return new RunResult(dir, scenarios, RunResult.tracesOf(dir), sorted, summary, outcome.agentNeverReached(),
                    outcome.interrupted(), suite.generation().map(GenerationReport::coverage));
        }
    }

    /**
     * The verdict on one conversation with what it cost by role: its trace's usage (already priced)
     * and the judge's own model calls, collected on this thread while it judged. The cost counts
     * towards the run's spend limit.
     */
    private static Verdict judged(Judge judge, RunRequest request, Scenario scenario, Trace trace, SpendLimit spend) {
        Verdict verdict;
        List<ModelTokens> judgeCalls;
        try (UsageScope scope = UsageScope.open()) {
            verdict = judge.judge(request.world(), scenario, trace);
            judgeCalls = scope.drain();
        }
        ConversationCost cost = ConversationCost.of(trace, judgeCalls, request.prices());
        spend.spent(cost.usd());
        return verdict.withCost(cost);
    }

    /**
     * The scenarios to play, how they were generated when they are generated here, and, for a
     * shard, which slice of the full list they are (null otherwise).
     */
    private record Suite(List<Scenario> scenarios, Optional<GenerationReport> generation, SuiteShard shard) {
        Suite(List<Scenario> scenarios, Optional<GenerationReport> generation) {
            this(scenarios, generation, null);
        }

        /** The shard's share of the full list, which it fingerprints first so that merge can check the shards belong together. */
        Suite slice(Shard shard) {
            return new Suite(shard.slice(scenarios), generation, SuiteShard.of(shard, scenarios.size(), ScenarioFingerprint.of(scenarios)));
        }
    }

    private static Suite suite(RunRequest request) {
        if (request.scenarios() instanceof ScenarioSource.File file) {
            if (java.nio.file.Files.isDirectory(file.path())) { // a golden folder: its cases, replayed
                return new Suite(dev.curveball.results.golden.GoldenFolder.at(file.path()).readForReplay(), Optional.empty());
            }
            return new Suite(Jsonl.read(file.path(), Scenario.class, FileSchema.named("scenario")), Optional.empty());
        }
        if (request.scenarios() instanceof ScenarioSource.Nightly nightly) {
            Suite fresh = generated(request, nightly.generated());
            if (nightly.golden() == null) {
                return fresh;
            }
            List<Scenario> all = new ArrayList<>(fresh.scenarios());
            all.addAll(dev.curveball.results.golden.GoldenFolder.at(nightly.golden()).readForReplay());
            return new Suite(all, fresh.generation());
        }
        return generated(request, (ScenarioSource.Generated) request.scenarios());
    }

    private static Suite generated(RunRequest request, ScenarioSource.Generated generated) {
        GenerationReport report = SuiteGeneration.generate(request.world(), request.personas().all(),
                GenerationOptions.of(generated.count(), generated.seed()), Optional.ofNullable(request.model()));
        return new Suite(report.scenarios(), Optional.of(report));
    }

    /** With a judge model, rubric grading is no longer a blind spot; the rest stays as the user model decides. */
    private static List<String> blindSpots(RunRequest request) {
        List<String> spots = request.model() == null ? OFFLINE_BLIND_SPOTS : MODEL_BLIND_SPOTS;
        return request.judgeModels().isEmpty() ? spots : spots.stream().filter(s -> !s.startsWith(MODEL_GRADING)).toList();
    }

    /** The agent's own model (an agent file's) first, then the user simulator's and the judges', each once. */
    private static List<String> models(AgentAdapter agent, SimulatedUsers users, RunRequest request) {
        List<String> models = new ArrayList<>(agent.model().stream().toList());
        users.model().filter(m -> !models.contains(m)).ifPresent(models::add);
        request.judgeModels().stream().map(m -> m.spec().toString()).filter(m -> !models.contains(m)).forEach(models::add);
        return models;
    }

    private static String sourceName(RunRequest request, RunDirectory dir) {
        if (request.resume()) {
            return dir.scenarios().toString();
        }
        if (request.scenarios() instanceof ScenarioSource.File file) {
            return file.path().toString();
        }
        return request.scenarios() instanceof ScenarioSource.Nightly nightly && nightly.golden() != null
                ? "generated scenarios and " + nightly.golden() : "generated scenarios";
    }

    private static Manifest manifest(RunRequest request, AgentAdapter agent, Suite suite, int trials, SimulatedUsers users) {
        Manifest.Builder manifest = Manifest.builder()
                .curveballVersion(Manifest.version())
                .javaVersion(System.getProperty("java.version"))
                .createdAt(Instant.now())
                .agent(agent.id())
                .agentHeaders(request.agentHeaders().names())
                .world(request.world().name())
                .worldSource(request.worldSource())
                .scenarios(suite.scenarios().size())
                .trials(trials)
                .parallel(request.parallel())
                .turnTimeoutMs(request.turnTimeout().toMillis())
                .personas(request.personas().all().stream().map(p -> p.id()).toList())
                .models(models(agent, users, request))
                .viewsNotAvailable(blindSpots(request))
                .userSimulator(users.id())
                .openingWriter(suite.generation().map(GenerationReport::writer).orElse(null))
                .shard(suite.shard())
                .prices(new Manifest.Prices(request.prices().asOf(), request.prices().overrides()))
                .maxSpendUsd(request.maxSpend())
                .limits(ManifestLimits.of(request.limits(), agent.id().startsWith("http://") || agent.id().startsWith("https://"),
                        request.model() != null || !request.judgeModels().isEmpty()));
        if (request.scenarios() instanceof ScenarioSource.Generated generated) {
            return manifest.scenarioSource("generated").seed(generated.seed()).count(generated.count()).build();
        }
        if (request.scenarios() instanceof ScenarioSource.Nightly nightly) {
            String source = nightly.golden() == null ? "generated" : "generated+golden:" + nightly.golden();
            return manifest.scenarioSource(source).seed(nightly.seed()).count(nightly.count()).build();
        }
        return manifest.scenarioSource(((ScenarioSource.File) request.scenarios()).path().toString()).build();
    }
}
