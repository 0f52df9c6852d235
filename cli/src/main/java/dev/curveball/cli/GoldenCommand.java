package dev.curveball.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code curveball golden}: the golden dataset's subcommands (export, import-incident). */
@Command(name = "golden", mixinStandardHelpOptions = true,
        subcommands = {GoldenExportCommand.class, GoldenImportIncidentCommand.class},
        description = {"Grow a golden dataset: a folder of frozen cases (cases/<id>.json) that 'curveball run --scenarios DIR' replays.",
                "See docs/golden.md."})
final class GoldenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: export RUN --to DIR, or import-incident FILE --world DIR [--to DIR]");
    }
}
