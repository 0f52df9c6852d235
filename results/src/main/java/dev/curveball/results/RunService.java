package dev.curveball.results;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.FileSchema;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.Trace;
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
        return request.judgeModels().isEmpty() ? judge
                : new Judge(ModelGrader.of(request.judgeModels(), request.judgeSamples(), Rubric.defaults()));
    }

    public RunResult run(RunRequest request, RunListener listener) {
        return run(request, settings -> AgentAdapters.resolve(request.agent(), settings), listener);
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
        Suite suite = request.resume() ? new Suite(dir.readScenarios(), Optional.empty()) : suite(request);
        List<Scenario> scenarios = suite.scenarios();
        ScenarioCheck.validate(scenarios, request.world(), request.personas(), judge, sourceName(request, dir));
        int trials = trials(request, earlier, dir);
        ResumedTraces resumed = request.resume() ? dir.readTracesForResume() : ResumedTraces.none();
        List<Trace> previous = resumed.traces();
        SimulatedUsers users = request.model() == null ? SimulatedUsers.scripted() : SimulatedUsers.playedBy(request.model());
        if (earlier != null) {
            requireSameUsers(earlier, users, dir);
        }
        AgentSettings settings = new AgentSettings(request.turnTimeout(), request.agentHeaders(), request.endNotice());
        try (AgentAdapter agent = agents.apply(settings)) {
            if (earlier != null && !earlier.agent().equals(agent.id())) {
                throw CurveballException.invalidInput("--agent: the run in " + dir.path() + " was played against '"
                        + earlier.agent() + "'; resume it with --agent " + earlier.agent());
            }
            if (earlier == null) {
                dir.writeScenarios(scenarios);
                dir.writeManifest(manifest(request, agent.id(), suite, trials, users));
            } else {
                listener.resumed(resumed, scenarios.size() * trials);
            }
            return play(request, trials, dir, suite, previous, agent, users, listener);
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

    /** A resumed run is played by the same users it started with, or its conversations would not compare. */
    private static void requireSameUsers(Manifest earlier, SimulatedUsers users, RunDirectory dir) {
        if (!earlier.userSimulator().equals(users.id())) {
            String fix = earlier.userSimulator().equals(ScriptedUserSimulator.ID) ? "without --model" : "with --model " + earlier.userSimulator();
            throw CurveballException.invalidInput("--model: the run in " + dir.path() + " was played by the '" + earlier.userSimulator()
                    + "' user simulator, not '" + users.id() + "'; resume it " + fix);
        }
    }

    private RunResult play(RunRequest request, int trials, RunDirectory dir, Suite suite, List<Trace> previous,
                           AgentAdapter agent, SimulatedUsers users, RunListener listener) {
        List<Scenario> scenarios = suite.scenarios();
        var byId = scenarios.stream().collect(Collectors.toMap(Scenario::id, s -> s));
        Set<String> done = previous.stream().map(t -> RunPlan.key(t.scenarioId(), t.trial())).collect(Collectors.toSet());
        // One reader for the user and the judge: with a model, the model reads and the offline reader is its fallback.
        ReplyReader reader = request.model() == null ? new OfflineReplyReader() : new ModelReplyReader(request.model(), new OfflineReplyReader());
        RunPlan plan = new RunPlan(request.world(), request.personas(), scenarios, trials, request.parallel(), done, reader);
        int total = scenarios.size() * trials;
        AtomicInteger finished = new AtomicInteger(done.size());
        ConcurrentLinkedQueue<Verdict> verdicts = new ConcurrentLinkedQueue<>();
        Judge judge = judgeFor(request);
        previous.forEach(t -> verdicts.add(judge.judge(request.world(), byId.get(t.scenarioId()), t)));
        RunOutcome outcome;
        try (ToolGateway gateway = new ToolGateway(); Jsonl.Appender traces = dir.traceAppender()) {
            outcome = new RunExecutor(gateway, users).run(plan, agent, trace -> {
                traces.append(trace);
                Verdict verdict = judge.judge(request.world(), byId.get(trace.scenarioId()), trace);
                verdicts.add(verdict);
                listener.conversationEnded(verdict, finished.incrementAndGet(), total);
            });
        }
        List<Trace> all = new ArrayList<>(previous);
        all.addAll(outcome.traces());
        all.sort(Comparator.comparing(Trace::scenarioId).thenComparingInt(Trace::trial));
        List<Verdict> sorted = verdicts.stream()
                .sorted(Comparator.comparing(Verdict::scenarioId).thenComparingInt(Verdict::trial)).toList();
        dir.writeVerdicts(sorted);
        Summary summary = SummaryCalculator.summarize(sorted, trials, outcome.unreachable(), blindSpots(request));
        dir.writeSummary(summary);
        return new RunResult(dir, scenarios, all, sorted, summary, outcome.agentNeverReached(), outcome.interrupted(),
                suite.generation().map(GenerationReport::coverage));
    }

    /** The scenarios to play, and how they were generated when they are generated here. */
    private record Suite(List<Scenario> scenarios, Optional<GenerationReport> generation) {
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

    private static List<String> models(SimulatedUsers users, RunRequest request) {
        List<String> models = new ArrayList<>(users.model().stream().toList());
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

    private static Manifest manifest(RunRequest request, String agentId, Suite suite, int trials, SimulatedUsers users) {
        Manifest.Builder manifest = Manifest.builder()
                .curveballVersion(Manifest.version())
                .javaVersion(System.getProperty("java.version"))
                .createdAt(Instant.now())
                .agent(agentId)
                .agentHeaders(request.agentHeaders().names())
                .world(request.world().name())
                .worldSource(request.worldSource())
                .scenarios(suite.scenarios().size())
                .trials(trials)
                .parallel(request.parallel())
                .turnTimeoutMs(request.turnTimeout().toMillis())
                .personas(request.personas().all().stream().map(p -> p.id()).toList())
                .models(models(users, request))
                .viewsNotAvailable(blindSpots(request))
                .userSimulator(users.id())
                .openingWriter(suite.generation().map(GenerationReport::writer).orElse(null));
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
