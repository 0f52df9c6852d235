package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.results.report.ReportFormat;
import dev.curveball.results.report.RunReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code curveball report RUN [--format html,md,junit]}: writes a judged run's reports into its directory. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a judged run's reports into its directory: report.html (one self-contained page: summary, "
                + "Launch Gate, pass rates with intervals, failures by check, every transcript beside its trace), report.md "
                + "(a CI step summary or PR comment) and junit.xml (one test case per conversation and trial).",
                "See docs/reports.md."})
final class ReportCommand implements Callable<Integer> {
    static final String ALL = "html,md,junit";

    @Parameters(index = "0", paramLabel = "RUN", description = "A run directory (what 'curveball run' wrote, its --out).")
    Path run;

    @Option(names = "--format", paramLabel = "FORMATS", defaultValue = ALL,
            description = "Which reports, comma-separated: html, md, junit (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var formats = ReportFormat.parse(format, "--format");
        if (!Files.isDirectory(run)) {
            throw CurveballException.invalidInput(run + ": no such run directory; 'curveball run' writes one (under runs/, or its --out)");
        }
        print(spec, RunReports.write(run, formats));
        return ExitCodes.OK;
    }

    /** One line per report written. */
    static void print(CommandSpec spec, List<Path> written) {
        written.forEach(file -> spec.commandLine().getOut().println("wrote " + file));
    }
}
