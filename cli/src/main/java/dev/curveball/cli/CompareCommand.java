package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.results.compare.CompareOptions;
import dev.curveball.results.compare.Comparison;
import dev.curveball.results.compare.ComparisonFiles;
import dev.curveball.results.compare.RunComparison;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code curveball compare RUN_A RUN_B}: run B against the baseline run A, conversation by
 * conversation; exit 1 when B regressed significantly or past {@code --max-regressions}.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare run B with the baseline run A, paired by scenario id and trial: regressions, fixes, "
                + "flaky scenarios (moved no more than their own trials disagree: not counted), changed and unpaired scenarios, "
                + "the pass-rate delta with its 95%% interval, an exact McNemar test, per tag and per check, cost and latency.",
                "Exits 1 when B regressed significantly (McNemar p < --alpha, more regressions than fixes) "
                + "or by more scenarios than --max-regressions; 0 otherwise."})
final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_A", description = "The baseline run directory.")
    Path runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "The run to check against it.")
    Path runB;

    @Option(names = "--alpha", paramLabel = "P", defaultValue = "0.05",
            description = "Significance level of the McNemar test, between 0 and 1 (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--max-regressions", paramLabel = "N",
            description = "Also fail when more than N scenarios regressed, significant or not.")
    Integer maxRegressions;

    @Option(names = "--format", paramLabel = "FORMATS", split = ",",
            description = "Write these files too: md (comparison.md), html (comparison.html), junit (comparison-junit.xml).")
    List<String> formats;

    @Option(names = "--out", paramLabel = "DIR", description = "Where --format writes its files (default: RUN_B).")
    Path out;

    @Option(names = "--verbose", description = "List every scenario, tag and check, not only the first " + RunComparisonPrinter.SHOWN
            + " scenarios of each kind and the tags and checks whose rate changed.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CompareOptions options = new CompareOptions(alpha, maxRegressions);
        Set<ComparisonFiles.Format> wanted = EnumSet.noneOf(ComparisonFiles.Format.class);
        if (formats != null) {
            formats.forEach(f -> wanted.add(ComparisonFiles.Format.parse(f)));
        }
        Comparison comparison = RunComparison.of(existing(runA, "RUN_A"), existing(runB, "RUN_B"), options);
        PrintWriter printer = spec.commandLine().getOut();
        new RunComparisonPrinter(printer, verbose).print(comparison);
        for (Path file : ComparisonFiles.write(comparison, out == null ? runB : out, wanted, verbose)) {
            printer.println("  wrote " + file);
        }
        printer.flush();
        return comparison.regressed() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }

    private static Path existing(Path run, String name) {
        if (!Files.isDirectory(run)) {
            throw CurveballException.invalidInput(name + ": " + run + ": no such run directory; pass a folder 'curveball run' wrote");
        }
        return run;
    }
}
