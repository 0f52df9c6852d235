package dev.curveball.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code curveball judge calibrate}: the judge's commands on a finished run. */
@Command(name = "judge", mixinStandardHelpOptions = true, description = "Commands on a run's verdicts: calibrate them against human labels.",
        subcommands = {JudgeCalibrateCommand.class})
final class JudgeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (calibrate)");
    }
}
