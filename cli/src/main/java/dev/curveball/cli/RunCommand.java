package dev.curveball.cli;

import dev.curveball.core.config.SuiteConfigFile;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.model.MeteredModelClient;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.generator.GenerationOptions;
import dev.curveball.results.FailedConversation;
import dev.curveball.results.RunDirectory;
import dev.curveball.results.RunErrors;
import dev.curveball.results.RunRequest;
import dev.curveball.results.RunLimits;
import dev.curveball.results.RunResult;
import dev.curveball.results.RunService;
import dev.curveball.results.ScenarioSource;
import dev.curveball.results.report.ReportFormat;
import dev.curveball.results.report.RunReports;
import dev.curveball.results.shard.Shard;
import dev.curveball.results.shard.SuiteShard;
import dev.curveball.runner.agent.AgentHeaders;
import dev.curveball.runner.agent.command.AgentCommand;
import dev.curveball.core.cost.PriceTable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code curveball run}: play scenarios against an agent, judge them, write the run directory; for
 * scenarios generated on the fly, say which pairs (tactic x trap, trap x fault kind) they cover.
 */
@Command(name = "run", mixinStandardHelpOptions = true, footer = SuiteConfigDefaults.FOOTER, description = "Play scenarios against an agent in a world, judge every conversation, write a run directory.",
        sortOptions = false)
class RunCommand implements Callable<Integer> {

    @Option(names = "--agent", required = true, paramLabel = "URL|FILE|NAME|cmd:COMMAND",
            description = {"The agent: an http:// URL speaking curveball.agent/1, a hosted model agent's file (.yaml, see docs/model-agents.md),",
                    "an in-process agent's name (naive, careful, starter),",
                    "or a command speaking it as lines on stdin/stdout: 'cmd:python3 agent.py' (a process per conversation)",
                    "or 'cmd-shared:python3 agent.py' (one process for the run). See docs/command-agents.md."})
    String agent;

    @Option(names = "--world", required = true, paramLabel = "DIR", description = "The world directory (holding world.yaml).")
    Path world;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    ScenarioOptions scenarios = new ScenarioOptions();

    @Option(names = "--seed", paramLabel = "S", description = "Seed for generated scenarios (default: ${DEFAULT-VALUE}).",
            defaultValue = GenerationOptions.DEFAULT_SEED)
    long seed;

    @Option(names = "--trials", paramLabel = "K", converter = Options.Trials.class,
            description = "Play each scenario K times (default: 1; when resuming, the run's own; at most " + Options.MAX_TRIALS + ").")
    Integer trials;

    @Option(names = "--parallel", paramLabel = "N", converter = Options.Parallel.class, defaultValue = "8",
            description = "Conversations at once (default: ${DEFAULT-VALUE}; at most " + Options.MAX_PARALLEL + ").")
    int parallel;

    @Option(names = "--out", paramLabel = "DIR", description = "The run directory (default: runs/run-<time>).")
    Path out;

    @Option(names = "--shard", paramLabel = "I/N|auto/N",
            description = {"Play only the I-th of N slices of the scenarios (1-based;", "every shard generates or reads the same full list",
                    "and plays each N-th scenario, all its trials); auto/N", "takes I from $" + ShardOption.INDEX_VARIABLE + " + 1 (a Kubernetes",
                    "Indexed Job). Join the shards with 'curveball merge'.", "See docs/shards.md."})
    String shard;

    @Option(names = "--resume", description = "Finish the run in --out (required with it), playing only the conversations it lacks.")
    boolean resume;

    @Option(names = "--personas", paramLabel = "DIR", description = "Persona templates to use instead of the bundled ones.")
    Path personas;

    @Option(names = "--turn-timeout", paramLabel = "SECONDS", defaultValue = "60", converter = Options.TurnTimeout.class,
            description = "How long the agent may take for one turn before the conversation is an ERROR (default: ${DEFAULT-VALUE}; "
                    + "at most " + Options.MAX_TURN_TIMEOUT_SECONDS + ", a day).")
    long turnTimeoutSeconds;

    @Option(names = "--max-error-rate", paramLabel = "SHARE", defaultValue = ErrorLimit.DEFAULT, converter = ErrorLimit.Rate.class,
            description = "Exit 3 when more than this share (0 to 1) of the conversations are ERROR (default: ${DEFAULT-VALUE}); "
                    + "all of them ERROR exits 3 regardless.")
    double maxErrorRate;

    @Option(names = "--verbose", description = "List every failed conversation and every ERROR reason, not only the first ones.")
    boolean verbose;

    // $${...}: picocli would otherwise fill in ${AGENT_TOKEN} from the environment, printing the token in the help.
    @Option(names = "--agent-header", paramLabel = "'NAME: VALUE'",
            description = {"A header for every request to an http:// agent,", "such as 'Authorization: Bearer $${AGENT_TOKEN}'",
                    "(repeatable; $${VAR} is read from the environment;", "values are never written or printed). Replaces",
                    "curveball.yaml's agent_headers. See docs/protocol.md."})
    List<String> agentHeaders;

    @Option(names = "--agent-rpm", paramLabel = "N", converter = Options.Limit.class,
            description = "Turns sent to an http:// agent a minute, retries included, spaced evenly (default 0: no limit). See docs/limits.md.")
    Integer agentRpm;

    @Option(names = "--agent-concurrency", paramLabel = "N", converter = Options.Limit.class,
            description = "Turns an http:// agent is sent at once (default 0: no limit beyond --parallel).")
    Integer agentConcurrency;

    @Option(names = "--no-end-notice", description = "Do not send an http:// agent the conversation_end message after each conversation.")
    boolean noEndNotice;

    @Option(names = "--report", paramLabel = "FORMATS", arity = "0..1", fallbackValue = ReportCommand.ALL,
            description = "At the end, write the run's reports into its directory: html, md, junit, comma-separated (alone: all three).")
    String report;

    @Option(names = "--prices", paramLabel = "FILE",
            description = {"A price table (YAML) laid over the shipped one:", "its prices replace the shipped ones of the same", 
                    "model and add new ones. See docs/cost.md."})
    Path prices;

    @Option(names = "--max-spend", paramLabel = "USD", converter = CostOptions.Usd.class,
            description = {"Start no new conversation once the run's spend", "(agent, simulated user and judge, priced)",
                    "reaches USD; the ones in flight finish. Finish", "the rest with --resume."})
    BigDecimal maxSpend;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--judge-model", paramLabel = "PROVIDER:NAME",
            description = {"Grade every conversation against its rubric with", "this model (scores 1-5 with quoted evidence;",
                    "hard checks still veto). Repeatable: the models", "vote. Not implied by --model. Without it only",
                    "the hard checks judge."})
    List<String> judgeModels;

    @Option(names = "--judge-samples", paramLabel = "N", defaultValue = "1",
            description = {"Grade each conversation N times with each judge", "model; a split decision is inconclusive and",
                    "the summary reports Krippendorff's alpha (default 1)."})
    int judgeSamples;

    @ParentCommand
    CurveballCommand root;

    @Spec
    CommandSpec spec;

    static final class ScenarioOptions {
        @Option(names = "--scenarios", paramLabel = "FILE", description = "A scenarios.jsonl file to play (at most "
                + Options.MAX_COUNT + " scenarios, " + (Jsonl.MAX_FILE_BYTES >> 20) + " MB, " + (Jsonl.MAX_LINE_BYTES >> 20) + " MB a line),"
                + " or a golden folder (cases/<id>.json), replayed.")
        Path file;

        @Option(names = "--count", paramLabel = "N", converter = Options.Count.class,
                description = "Generate N scenarios on the fly (default: " + GenerationOptions.DEFAULT_COUNT + "; at most " + Options.MAX_COUNT + ").")
        Integer count;
    }

    @Override
    public Integer call() {
        if (resume && !spec.commandLine().getParseResult().hasMatchedOption("--out")) {
            // A default --out (runs/run-<time>, or under curveball.yaml's out) is a fresh folder, never the run to finish.
            throw new CommandLine.ParameterException(spec.commandLine(), "--resume needs --out DIR, the run directory to finish");
        }
        Played played = play();
        enforce(played);
        return ExitCodes.OK;
    }

    /** A finished run with the models that played and judged it, for the exit code. */
    record Played(RunResult result, Optional<MeteredModelClient> model, RunErrors errors) {
    }

    /** The scenarios to play: a file or golden folder, or generated from --count and --seed. */
    ScenarioSource source() {
        // --count on the command line wins over a scenarios file curveball.yaml supplies as the default.
        boolean generate = scenarios.file == null || spec.commandLine().getParseResult().hasMatchedOption("--count");
        return !generate ? new ScenarioSource.File(scenarios.file)
                : new ScenarioSource.Generated(count(), seed);
    }

    int count() {
        return scenarios.count == null ? Integer.parseInt(GenerationOptions.DEFAULT_COUNT) : scenarios.count;
    }

    /** The run directory: --out, else a fresh runs/run-<time>. */
    Path runDirectory() {
        return out != null ? out : Options.timestamped(Path.of("runs"), "run");
    }

    /** Plays and judges the run, prints its summary and what went wrong, writes the reports asked for. */
    Played play() {
        Set<ReportFormat> reportFormats = report == null ? Set.of() : ReportFormat.parse(report, "--report");
        Shard slice = shard();
        SuiteConfigFile config = suiteConfig();
        AgentHeaders headers = AgentHeaderValues.resolve(agentHeaders, config, agent, root.environment());
        if (headers.isEmpty() && config != null && !config.values().agentHeaders().isEmpty() && (agentHeaders == null || agentHeaders.isEmpty())) {
            spec.commandLine().getErr().println("curveball: curveball.yaml's agent_headers are not sent: --agent " + agent
                    + " is not the agent curveball.yaml names");
        }
        ScenarioSource source = source();
        World loaded = WorldLoader.load(world);
        Path dir = runDirectory();
        Optional<MeteredModelClient> model = modelOptions.open(root.environment());
        if (judgeSamples < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--judge-samples: expected 1 or more, got " + judgeSamples);
        }
        if (judgeSamples > 1 && (judgeModels == null || judgeModels.isEmpty())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--judge-samples needs --judge-model PROVIDER:NAME");
        }
        List<MeteredModelClient> judges = judgeModels == null ? List.of()
                : judgeModels.stream().distinct().map(m -> modelOptions.openJudge(m, root.environment()).orElseThrow()).toList();
        RunRequest request = RunRequest.builder()
                .agent(agent)
                .world(loaded)
                .worldSource(world.toString())
                .personas(source instanceof ScenarioSource.File ? Options.personas(personas) : Options.personasFor(personas, loaded))
                .scenarios(source)
                .trials(trials)
                .parallel(parallel)
                .out(dir)
                .resume(resume)
                .turnTimeout(Duration.ofSeconds(turnTimeoutSeconds))
                .model(model.orElse(null))
                .judgeModels(List.copyOf(judges))
                .judgeSamples(judgeSamples)
                .agentHeaders(headers)
                .endNotice(!noEndNotice)
                .shard(slice)
                .prices(PriceTable.of(Optional.ofNullable(prices)))
                .maxSpend(maxSpend)
                .environment(root.environment())
                .limits(new RunLimits(modelOptions.agentRetry(), new RequestLimits(agentRpm == null ? 0 : agentRpm,
                        agentConcurrency == null ? 0 : agentConcurrency),
                        model.isPresent() || !judges.isEmpty() ? modelOptions.limits(root.environment()) : null))
                .build();
        ProgressPrinter progress = CostOptions.progress(spec.commandLine().getErr(), root.environment());
        RunResult result = InterruptNotice.around(dir, spec.commandLine().getErr(), () -> {
            try {
                return new RunService().run(request, progress);
            } finally {
                progress.finish();
            }
        });
        new SummaryPrinter(spec.commandLine().getOut()).print(result);
        printShard(result);
        model.ifPresent(m -> spec.commandLine().getOut().println("  " + ModelOptions.calls(m)));
        judges.forEach(m -> spec.commandLine().getOut().println("  judge " + ModelOptions.calls(m)));
        result.coverage().ifPresent(c -> new PairCoveragePrinter(spec.commandLine().getOut()).print(c.pairs()));
        RunErrors errors = RunErrors.of(result);
        printWhatWentWrong(result, errors);
        if (report != null && !result.verdicts().isEmpty()) {
            ReportCommand.print(spec, RunReports.write(result.directory().path(), reportFormats));
        }
        return new Played(result, model, errors);
    }

    /** The --shard asked for, or null: checked before anything is loaded. */
    Shard shard() {
        return shard == null ? null : ShardOption.parse(shard, root.environment());
    }

    /** A shard's run says which slice it played and how the shards are joined. */
    private void printShard(RunResult result) {
        SuiteShard played = RunDirectory.open(result.directory().path()).readManifest().shard();
        if (played != null) {
            spec.commandLine().getOut().println("  shard " + played.shard() + " of a suite of " + played.suiteScenarios()
                    + " scenarios; once every shard has played, join them with: curveball merge DIR... --out DIR");
        }
    }

    /** The exit code a run earns by itself: interrupted (130), the agent or the user model never worked, too many ERRORs (3). */
    void enforce(Played played) {
        RunResult result = played.result();
        if (result.interrupted()) {
            throw new CurveballException(ExitCodes.INTERRUPTED, "interrupted; finish the run with --resume --out " + result.directory().path());
        }
        if (result.agentNeverReached()) {
            throw new CurveballException(ExitCodes.INFRASTRUCTURE,
                    (AgentCommand.names(agent) ? "the agent command " + agent + " could not be started" : "the agent at " + agent + " could not be reached")
                            + " for any conversation (results written to " + result.directory().path() + ")");
        }
        played.model().ifPresent(m -> requireUsersPlayed(m, result));
        ErrorLimit.enforce(played.errors(), maxErrorRate, result.directory().path());
    }

    /** Last, where a reader looks first: why conversations are ERRORs, and where the failed ones broke. */
    private void printWhatWentWrong(RunResult result, RunErrors errors) {
        var out = spec.commandLine().getOut();
        if (errors.errors() > 0) {
            out.println();
            new ErrorReasonsPrinter(out).print(errors, "", verbose, "--verbose lists all");
        }
        List<FailedConversation> failed = FailedConversation.of(result);
        if (!failed.isEmpty()) {
            out.println();
            new FailedConversationsPrinter(out).print(failed, result.directory().path(), verbose);
        }
    }

    /** The curveball.yaml the options' defaults come from, or null without one. */
    private SuiteConfigFile suiteConfig() {
        return spec.defaultValueProvider() instanceof SuiteConfigDefaults defaults ? defaults.config().orElse(null) : null;
    }

    /** A user-simulator model that played no conversation to its end is infrastructure, as an unreachable agent is; say why. */
    private static void requireUsersPlayed(MeteredModelClient model, RunResult result) {
        result.simulatorFailedEverywhere().ifPresent(first -> {
            // A wrong key or model name is the user's to fix (2), as in generate; anything else is infrastructure (3).
            int code = model.firstFailure().map(CurveballException::exitCode).orElse(ExitCodes.INFRASTRUCTURE);
            throw new CurveballException(code, "the model " + model.spec() + " could not play the users: all "
                    + result.verdicts().size() + " conversations are ERRORs; the first: " + first
                    + " (results written to " + result.directory().path() + ")");
        });
    }
}
