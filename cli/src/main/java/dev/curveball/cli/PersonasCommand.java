package dev.curveball.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code curveball personas list|show|validate}. */
@Command(name = "personas", mixinStandardHelpOptions = true, description = "List, show and validate persona templates.")
final class PersonasCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "not built yet");
    }
}
