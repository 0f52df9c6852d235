package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.results.DimensionScore;
import dev.curveball.results.Gate;
import dev.curveball.results.gate.BaselineStatus;
import dev.curveball.results.gate.DimensionRate;
import dev.curveball.results.gate.GateEvaluation;
import dev.curveball.results.gate.GateOptions;
import dev.curveball.results.gate.LaunchGate;
import dev.curveball.results.gate.RiskItem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code curveball gate RUN}: the Launch Gate of a run, scored again from its verdicts with today's
 * scoring, each dimension with the reason for its score and its pass rate's interval, the band,
 * and {@code risk-backlog.md} written into the run. Exit 1 below {@code --min} or when nothing was
 * judged, 0 otherwise. {@code summary.json} is left as the run wrote it.
 */
@Command(name = "gate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score a run's Launch Gate again from its verdicts.jsonl with today's scoring: seven dimensions of 0 to 5,",
                "each with the reason for its score, the total out of 35 and its band; write risk-backlog.md (what this eval",
                "cannot see, each item with the case to add next) into the run. summary.json is left as the run wrote it.",
                "Exit 1 below --min, or when no conversation was judged; 0 otherwise."})
final class GateCommand implements Callable<Integer> {
    static final int BACKLOG_SHOWN = 8;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run directory (what 'curveball run' wrote, its --out).")
    Path run;

    @Option(names = "--min", paramLabel = "SCORE", defaultValue = "24",
            description = "The lowest score that passes, 0 to 35 (default: ${DEFAULT-VALUE}, the 'limited scope' band).")
    int min;

    @Option(names = "--baseline", paramLabel = "RUN_A",
            description = {"The baseline run this one is held against. Named in the backlog;", "whether this run regressed is 'curveball compare's finding,",
                    "so from here the outcome cap stays."})
    Path baseline;

    @Option(names = "--world", paramLabel = "DIR",
            description = "The run's world, for the backlog's suggestions (default: the folder the run's manifest names).")
    Path world;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (min < 0 || min > Gate.MAX) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min: expected 0 to " + Gate.MAX + ", got " + min);
        }
        requireRun(run, "");
        if (baseline != null) {
            requireRun(baseline, "--baseline: ");
        }
        if (world != null && !Files.isDirectory(world)) {
            throw CurveballException.invalidInput("--world: " + world + ": no such folder (a world directory holds world.yaml)");
        }
        GateEvaluation evaluation = LaunchGate.evaluate(run, new GateOptions(min, baselineStatus(), Optional.ofNullable(world)));
        print(spec.commandLine().getOut(), evaluation);
        return evaluation.passes() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    /**
     * What is known of the baseline here: its name only. Whether this run regressed against it is
     * {@code curveball compare}'s finding, which {@code nightly} passes to the same entry point.
     */
    private BaselineStatus baselineStatus() {
        return baseline == null ? BaselineStatus.none() : new BaselineStatus(baseline.toString(), false, false);
    }

    private static void requireRun(Path dir, String flag) {
        if (!Files.isDirectory(dir)) {
            throw CurveballException.invalidInput(flag + dir + ": no such run directory; 'curveball run' writes one (under runs/, or its --out)");
        }
    }

    static void print(PrintWriter out, GateEvaluation e) {
        Gate gate = e.gate();
        if (!gate.scored()) {
            out.printf("launch gate %s: %s; exit 1%n", gate.verdict(), e.run());
        } else {
            out.printf(Locale.ROOT, "launch gate %d/%d: %s (minimum %d: %s)%n", gate.score(), gate.max(), gate.verdict(), e.min(),
                    e.passes() ? "passed" : "below it, exit 1");
            for (DimensionScore d : gate.dimensions()) {
                out.printf(Locale.ROOT, "  %-14s %d/5  %s%n", d.name(), d.score(), withInterval(d.notes(), interval(e, d.name())));
            }
        }
        e.recordedScore().filter(recorded -> recorded != gate.score()).ifPresent(recorded -> out.printf(
                "  summary.json recorded %d/%d when the run was judged; the figures above are today's scoring (summary.json is left as it was)%n",
                recorded, gate.max()));
        backlog(out, e);
        out.flush();
    }

    /** "12 of 12 judged conversations passed (95% CI 75.8–100.0%); ...": the rate's interval right after it. */
    private static String withInterval(String notes, String interval) {
        String rate = "judged conversations passed";
        int at = notes.indexOf(rate);
        return at < 0 ? notes + interval : notes.substring(0, at + rate.length()) + interval + notes.substring(at + rate.length());
    }

    private static String interval(GateEvaluation e, String dimension) {
        return e.rates().stream().filter(r -> r.dimension().id().equals(dimension)).findFirst().flatMap(DimensionRate::interval)
                .map(i -> " (95% CI " + i.percent() + ")").orElse("");
    }

    private static void backlog(PrintWriter out, GateEvaluation e) {
        String counts = Arrays.stream(RiskItem.Risk.values()).map(r -> e.backlog().stream().filter(i -> i.risk() == r).count() + " "
                + r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        out.printf("risk backlog: %d item%s (%s), in %s%n", e.backlog().size(), e.backlog().size() == 1 ? "" : "s", counts, e.backlogFile());
        e.backlog().stream().limit(BACKLOG_SHOWN).forEach(i -> out.printf("  %-6s %s%n", i.risk().name().toLowerCase(Locale.ROOT), i.blindSpot()));
        if (e.backlog().size() > BACKLOG_SHOWN) {
            out.printf("  ... and %d more in %s%n", e.backlog().size() - BACKLOG_SHOWN, e.backlogFile().getFileName());
        }
    }
}
