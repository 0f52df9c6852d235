package dev.curveball.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code curveball personas list|show|validate}: the persona templates, bundled or a folder of the user's own. */
@Command(name = "personas", mixinStandardHelpOptions = true, description = "List, show and validate persona templates.",
        subcommands = {PersonasListCommand.class, PersonasShowCommand.class, PersonasValidateCommand.class})
final class PersonasCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (list, show, validate)");
    }
}
