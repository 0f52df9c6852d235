package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.judge.Judge;
import dev.curveball.results.Rejudge;
import dev.curveball.results.RejudgeResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

    // The seam for model grading: once a grader exists, --model grades the rubric here (grades cached by content hash).
    @Option(names = "--model", paramLabel = "MODEL", hidden = true)
    String model;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (run == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'RUN' (a run directory to judge again), or a subcommand: calibrate LABELS.jsonl RUN");
        }
        if (model != null) {
            throw CurveballException.invalidInput("--model: model grading is not in this version of Curveball; "
                    + "'curveball judge' re-runs the hard checks only: run it without --model");
        }
        if (!Files.isDirectory(run)) {
            throw CurveballException.invalidInput(run + ": no such run directory; 'curveball run' writes one (under runs/, or its --out)");
        }
        if (world != null && !Files.isDirectory(world)) {
            throw CurveballException.invalidInput("--world: " + world + ": no such folder (a world directory holds world.yaml)");
        }
        RejudgeResult result = new Rejudge(new Judge()).rejudge(run, Optional.ofNullable(world));
        new RejudgePrinter(spec.commandLine().getOut(), verbose ? Integer.MAX_VALUE : FLIPS_SHOWN).print(result);
        return ExitCodes.OK;
    }
}
