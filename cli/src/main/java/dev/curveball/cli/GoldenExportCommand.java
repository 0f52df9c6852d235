package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.results.golden.GoldenExport;
import dev.curveball.results.golden.GoldenExportResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code curveball golden export RUN --to DIR}: a run's agent failures and novel passes become golden cases. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Turn a run's agent-blamed FAIL conversations, and PASSes whose task x persona x faults the folder does not hold yet,"
                + " into frozen cases in a golden folder: the scenario with its seed, faults and expectations, the user's recorded turns,"
                + " and the run and conversation it came from.",
                "A conversation whose case the folder already holds (same behaviour-defining scenario parts and user turns) is skipped."
                + " ERRORs and failures the simulated user caused are never exported."})
final class GoldenExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN", description = "A run directory (what 'curveball run' wrote, its --out).")
    Path run;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "The golden folder to add cases to (created when missing).")
    Path to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(run)) {
            throw CurveballException.invalidInput(run + ": no such run directory; 'curveball run' writes one (its --out)");
        }
        GoldenExportResult result = GoldenExport.export(run, to, Instant.now());
        print(spec.commandLine().getOut(), result);
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, GoldenExportResult result) {
        out.println("golden " + result.folder() + ": added " + result.added().size() + " case"
                + (result.added().size() == 1 ? "" : "s") + ", skipped " + result.duplicates().size() + " as duplicate");
        result.added().forEach(a -> out.println("  + " + a.id() + "  from " + a.conversation() + " (" + a.reason().id() + ")  " + a.file()));
        result.duplicates().forEach(d -> out.println("  = " + d.conversation() + " (" + d.reason().id() + ") is already " + d.existing()));
        for (Map.Entry<String, Integer> e : result.notKept().entrySet()) {
            out.println("  not kept: " + e.getValue() + " " + e.getKey());
        }
        if (!result.added().isEmpty()) {
            out.println("replay them: curveball run --scenarios " + result.folder() + " --agent AGENT --world DIR");
        }
    }
}
