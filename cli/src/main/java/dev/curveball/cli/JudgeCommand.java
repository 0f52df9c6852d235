package dev.curveball.cli;

import dev.curveball.core.model.UsageScope;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.model.MeteredModelClient;
import dev.curveball.judge.Judge;
import dev.curveball.judge.grading.ModelGrader;
import dev.curveball.judge.grading.Rubric;
import dev.curveball.results.Rejudge;
import dev.curveball.results.RejudgeResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code curveball judge RUN}: judges a run directory again from its traces with today's checks and
 * task definitions, never calling the agent, and says what changed. Subcommands of {@code judge}
 * (such as {@code calibrate}) are listed in {@code subcommands}.
 */
@Command(name = "judge", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = {JudgeCalibrateCommand.class},
        description = {"Judge a run again from its traces, with today's checks and today's task definitions; the agent is never called.",
                "A generated run's scenarios take their task and expectations from the world's tasks.yaml as it is now; "
                + "a scenarios-file run keeps the scenarios it recorded.",
                "Writes verdicts.jsonl and summary.json again, keeping the replaced ones as verdicts.previous.jsonl and "
                + "summary.previous.json, and prints the outcomes that flipped and each check's changes."})
final class JudgeCommand implements Callable<Integer> {
    static final int FLIPS_SHOWN = 10;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUN", description = "A run directory (what 'curveball run' wrote, its --out).")
    Path run;

    @Option(names = "--world", paramLabel = "DIR",
            description = "The world to judge in, with today's tasks.yaml (default: the folder the run's manifest names).")
    Path world;

    @Option(names = "--verbose", description = "List every outcome that flipped, not only the first " + FLIPS_SHOWN + ".")
    boolean verbose;

    @Option(names = {"--judge-model", "--model"}, paramLabel = "PROVIDER:NAME",
            description = {"Grade the rubric criteria with this judge model too", "(repeatable; such as openai:gpt-4o-mini). Its",
                    "replies are cached by content, so judging the same", "run again makes no model call."})
    List<String> judgeModels;

    @Option(names = "--judge-samples", paramLabel = "N", defaultValue = "1",
            description = "Grade each conversation N times with each judge model (default: ${DEFAULT-VALUE}).")
    int judgeSamples;

    @Option(names = "--model-cache", paramLabel = "DIR",
            description = {"Where judge model replies are cached (default:", "$CURVEBALL_CACHE_DIR, else $XDG_CACHE_HOME/curveball/models,",
                    "else ~/.cache/curveball/models)."})
    Path cacheDir;

    @Option(names = "--no-model-cache", description = "Send every judge model call to the model; read and write no cache.")
    boolean noCache;

    @ParentCommand
    CurveballCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (run == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'RUN' (a run directory to judge again), or a subcommand: calibrate LABELS.jsonl RUN");
        }
        if (judgeSamples < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--judge-samples: expected 1 or more, got " + judgeSamples);
        }
        if (judgeSamples > 1 && (judgeModels == null || judgeModels.isEmpty())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--judge-samples needs --judge-model PROVIDER:NAME");
        }
        if (!Files.isDirectory(run)) {
            throw CurveballException.invalidInput(run + ": no such run directory; 'curveball run' writes one (under runs/, or its --out)");
        }
        if (world != null && !Files.isDirectory(world)) {
            throw CurveballException.invalidInput("--world: " + world + ": no such folder (a world directory holds world.yaml)");
        }
        List<MeteredModelClient> judges = judgeModels == null ? List.of()
                : judgeModels.stream().distinct().map(m -> ModelOptions.open(m, cacheDir, noCache, root.environment())).toList();
        Judge judge = judges.isEmpty() ? new Judge() : new Judge(ModelGrader.of(judges.stream().map(UsageScope::metered).toList(), judgeSamples, Rubric.defaults()));
        RejudgeResult result = new Rejudge(judge, !judges.isEmpty()).rejudge(run, Optional.ofNullable(world));
        new RejudgePrinter(spec.commandLine().getOut(), verbose ? Integer.MAX_VALUE : FLIPS_SHOWN).print(result);
        judges.forEach(m -> spec.commandLine().getOut().println("  judge " + ModelOptions.calls(m)));
        return ExitCodes.OK;
    }
}
