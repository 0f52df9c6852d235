package dev.curveball.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code curveball init [DIR]}: scaffold a new suite. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Scaffold a new suite.")
final class InitCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "not built yet");
    }
}
