package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.judge.Judge;
import dev.curveball.results.golden.IncidentImport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code curveball golden import-incident FILE --world DIR}: a production transcript becomes a golden case. */
@Command(name = "import-incident", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Turn a production transcript (JSON: user, messages with tool calls and answers, failure; see docs/golden.md)"
                + " into a golden case: the user's turns as the recorded script, each tool answer as a recorded-answer fault,"
                + " the failure as the case's source and the check that should fail.",
                "Every tool the transcript calls must be a tool of the world."})
final class GoldenImportIncidentCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The incident, a JSON file (schema: incident.schema.json).")
    Path file;

    @Option(names = "--world", required = true, paramLabel = "DIR", description = "The world the incident happened in (holds world.yaml).")
    Path world;

    @Option(names = "--to", paramLabel = "DIR", defaultValue = "golden", description = "The golden folder to add the case to (default: ${DEFAULT-VALUE}).")
    Path to;

    @Option(names = "--persona", paramLabel = "ID", defaultValue = IncidentImport.DEFAULT_PERSONA,
            description = "Who plays the user once a replayed agent answers differently from production (default: ${DEFAULT-VALUE}).")
    String persona;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(world)) {
            throw CurveballException.invalidInput("--world: " + world + ": no such folder (a world directory holds world.yaml)");
        }
        World loaded = WorldLoader.load(world);
        IncidentImport.Added added = IncidentImport.into(to, file, loaded, new Judge().checks(), persona, Instant.now());
        PrintWriter out = spec.commandLine().getOut();
        if (added.duplicateOf().isPresent()) {
            out.println("golden " + to + ": " + file + " is already case " + added.duplicateOf().get() + "; nothing added");
        } else {
            out.println("golden " + to + ": added " + added.goldenCase().id() + " from " + file + " ("
                    + added.goldenCase().replay().script().size() + " user turns, " + added.goldenCase().faults().size()
                    + " recorded tool answers)  " + added.file().orElseThrow());
        }
        added.notes().forEach(n -> out.println("  note: " + n));
        out.println("replay it: curveball run --scenarios " + to + " --agent AGENT --world " + world);
        return ExitCodes.OK;
    }
}
