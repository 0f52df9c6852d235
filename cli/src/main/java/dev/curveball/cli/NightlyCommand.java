package dev.curveball.cli;

import dev.curveball.core.config.NightlySettings;
import dev.curveball.core.config.SuiteConfigFile;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.results.Manifest;
import dev.curveball.results.RunDirectory;
import dev.curveball.results.RunResult;
import dev.curveball.results.ScenarioSource;
import dev.curveball.results.compare.CompareOptions;
import dev.curveball.results.compare.Comparison;
import dev.curveball.results.compare.ComparisonFiles;
import dev.curveball.results.compare.RunComparison;
import dev.curveball.results.gate.BaselineStatus;
import dev.curveball.results.gate.GateEvaluation;
import dev.curveball.results.gate.GateOptions;
import dev.curveball.results.gate.LaunchGate;
import dev.curveball.results.nightly.BaselineRuns;
import dev.curveball.results.nightly.NightlySeed;
import dev.curveball.results.shard.Shard;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code curveball nightly}: the job CI runs every night. Fresh adversarial scenarios with a new
 * seed per date (recorded in the manifest) plus the golden folder's cases, played and judged as
 * {@code run} does, the reports written, compared with a baseline run (a path, or the newest earlier
 * run of the same world beside tonight's), the Launch Gate scored with {@code risk-backlog.md}, and
 * one summary line last. Exit 1 on a significant regression (or more than {@code --max-regressions})
 * or a gate below {@code --min}; 3, 2 and 130 as for {@code run}, which come first.
 */
@Command(name = "nightly", mixinStandardHelpOptions = true, sortOptions = false, footer = SuiteConfigDefaults.FOOTER,
        description = {"The nightly job: fresh scenarios (a new seed per date) plus the golden set, played and judged as 'run' does,",
                "reports written, compared with the baseline run, the Launch Gate scored; one summary line last.",
                "Exit 1 on a significant regression or a gate below --min; 3 when the agent could not be judged; 2 on bad input."})
final class NightlyCommand extends RunCommand {
    /** Every report format; the nightly writes all of them unless told otherwise. */
    static final String ALL_REPORTS = "html,md,junit";
    static final String NO_BASELINE = "none";

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The night to play (default: today in UTC). Its seed is the date as a number, 2026-12-04 gives 20261204; --seed overrides it.")
    String date;

    @Option(names = "--golden", paramLabel = "DIR", description = "The golden folder replayed beside the fresh scenarios (curveball.yaml: nightly.golden).")
    Path golden;

    @Option(names = "--baseline", paramLabel = "RUN|latest|none",
            description = "The run to compare with: a run directory, latest (default: the newest earlier run of the same world beside tonight's), or none.")
    String baseline;

    @Option(names = "--min", paramLabel = "SCORE", description = "The lowest Launch Gate score that passes, 0 to 35 (default: 24).")
    Integer min;

    @Option(names = "--alpha", paramLabel = "P", description = "The significance level of a regression (exact McNemar; default: 0.05).")
    Double alpha;

    @Option(names = "--max-regressions", paramLabel = "N",
            description = "Exit 1 when more scenarios than this regress, significant or not (default: only a significant regression fails).")
    Integer maxRegressions;

    private LocalDate night;

    @Override
    public Integer call() {
        night = night();
        if (scenarios.file != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--scenarios: nightly generates fresh scenarios every night; pass the golden folder with --golden");
        }
        if (golden != null && !Files.isDirectory(golden)) {
            throw CurveballException.invalidInput("--golden: " + golden + ": no such folder (curveball golden export --to DIR writes one)");
        }
        int minimum = min == null ? GateOptions.DEFAULT_MIN : min;
        if (minimum < 0 || minimum > 35) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min: expected 0 to 35, got " + minimum);
        }
        CompareOptions compareOptions = new CompareOptions(alpha == null ? CompareOptions.DEFAULT_ALPHA : alpha, maxRegressions);
        Shard slice = shard();
        if (report == null && slice == null) {
            report = ALL_REPORTS;
        }
        namedBaseline().ifPresent(this::requireBaselineOfThisWorld);
        Played played = play();
        RunResult result = played.result();
        if (slice != null) {
            return shardPlayed(played, slice);
        }
        if (result.interrupted()) {
            enforce(played);
        }
        Path tonight = result.directory().path();
        Optional<Comparison> comparison = baselineRun(tonight).map(a -> compare(a, tonight, compareOptions));
        BaselineStatus status = comparison.map(c -> new BaselineStatus(c.a().directory().toString(), true, c.regressed()))
                .orElse(BaselineStatus.none());
        GateEvaluation gate = LaunchGate.evaluate(tonight, new GateOptions(minimum, status, Optional.of(world)));
        PrintWriter out = spec.commandLine().getOut();
        out.println();
        GateCommand.print(out, gate);
        boolean regressed = comparison.map(Comparison::regressed).orElse(false);
        CurveballException runFailure = runFailure(played);
        int code = runFailure != null ? runFailure.exitCode() : regressed || !gate.passes() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
        out.println();
        out.println(summaryLine(result, comparison, gate, code, runFailure != null));
        out.flush();
        if (runFailure != null) {
            throw runFailure;
        }
        return code;
    }

    /**
     * A shard of the night: the comparison and the gate need the whole night, so they wait for the
     * merged run; the shard exits with the code its run earns by itself.
     */
    private int shardPlayed(Played played, Shard slice) {
        CurveballException runFailure = runFailure(played);
        var s = played.result().summary();
        PrintWriter out = spec.commandLine().getOut();
        out.println();
        out.println(String.format(Locale.ROOT, "nightly %s shard %s: %d conversations; pass rate %s; not compared nor gated: "
                        + "merge the night's shards (curveball merge), then compare and gate the merged run; exit %d", night, slice,
                s.conversations(), SummaryPrinter.rate(s.passRate(), s.passRateInterval()),
                runFailure == null ? ExitCodes.OK : runFailure.exitCode()));
        out.flush();
        if (runFailure != null) {
            throw runFailure;
        }
        return ExitCodes.OK;
    }

    /** The exit code the run earns by itself (3 when the agent could not be judged), as the exception run would end with; null when none. */
    private CurveballException runFailure(Played played) {
        try {
            enforce(played);
            return null;
        } catch (CurveballException e) {
            return e;
        }
    }

    /** Tonight's seed: the date's, unless --seed was given on the command line. */
    @Override
    ScenarioSource source() {
        long nightSeed = spec.commandLine().getParseResult().hasMatchedOption("--seed") ? seed : NightlySeed.of(night);
        return new ScenarioSource.Nightly(count(), nightSeed, golden);
    }

    /** --out, else {@code <out of curveball.yaml, or runs>/nightly-<date>}, with the time added when that is taken. */
    @Override
    Path runDirectory() {
        if (out != null) {
            return out;
        }
        Path runs = suiteConfigFile().map(c -> c.resolve(c.values().out())).orElse(null);
        Path folder = runs == null ? Path.of("runs") : runs;
        String name = "nightly-" + night + (shard == null ? "" : "-shard-" + shard().index() + "-of-" + shard().count());
        Path dir = folder.resolve(name);
        return Files.exists(dir) ? folder.resolve(name + "-" + LocalTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("HHmmss"))) : dir;
    }

    private LocalDate night() {
        if (date == null) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--date: expected a date as YYYY-MM-DD, got '" + date + "'");
        }
    }

    /** The baseline run named by path, if one is. */
    private Optional<Path> namedBaseline() {
        String named = baseline == null ? NightlySettings.LATEST : baseline;
        return named.equals(NO_BASELINE) || named.equals(NightlySettings.LATEST) ? Optional.empty() : Optional.of(Path.of(named));
    }

    /** Checked before anything plays: a baseline that is no run, or a run of another world, would only be found out after the night. */
    private void requireBaselineOfThisWorld(Path dir) {
        String played = RunDirectory.open(dir).readManifest().world();
        String tonight = WorldLoader.load(world).name();
        if (!tonight.equals(played)) {
            throw CurveballException.invalidInput("--baseline: " + dir + " is a run of the world '" + played + "', tonight plays '"
                    + tonight + "'; their scenarios do not pair");
        }
    }

    /** The baseline run: the one named, or the newest earlier finished run of the same world beside tonight's; empty for none. */
    private Optional<Path> baselineRun(Path tonight) {
        String named = baseline == null ? NightlySettings.LATEST : baseline;
        if (named.equals(NO_BASELINE)) {
            return Optional.empty();
        }
        if (!named.equals(NightlySettings.LATEST)) {
            return namedBaseline();
        }
        Manifest manifest = RunDirectory.open(tonight).readManifest();
        Path runs = tonight.toAbsolutePath().getParent();
        return runs == null ? Optional.empty() : BaselineRuns.latest(runs, manifest.world(), tonight);
    }

    private Comparison compare(Path baselineRun, Path tonight, CompareOptions options) {
        Comparison comparison = RunComparison.of(baselineRun, tonight, options);
        List<Path> files = ComparisonFiles.write(comparison, tonight, EnumSet.allOf(ComparisonFiles.Format.class), false);
        PrintWriter out = spec.commandLine().getOut();
        out.println();
        out.println("Against the baseline " + baselineRun + ": " + comparison.summaryLine());
        files.forEach(f -> out.println("wrote " + f));
        return comparison;
    }

    /** The last line, the one a CI log shows: what was played, how it scored, against what, and the exit code it earns. */
    private String summaryLine(RunResult result, Optional<Comparison> comparison, GateEvaluation gate, int code, boolean runFailed) {
        long goldenCases = result.scenarios().stream().filter(s -> s.replay() != null).count();
        var s = result.summary();
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "nightly %s: %d conversations (%d fresh scenarios, %d golden cases)", night, s.conversations(),
                result.scenarios().size() - goldenCases, goldenCases));
        parts.add("pass rate " + SummaryPrinter.rate(s.passRate(), s.passRateInterval()));
        if (s.cost() != null && s.cost().any()) {
            parts.add("spent " + s.cost().total().describeUsd());
        }
        if (s.stopped() != null) {
            parts.add(s.stopped().describe());
        }
        parts.add(gate.gate().scored() ? "gate " + gate.gate().score() + "/35 (min " + gate.min() + (gate.passes() ? ", passed)" : ", below it)")
                : "gate not scored");
        parts.add(comparison.map(c -> "vs " + c.a().directory() + ": " + c.decision()).orElse("no baseline compared"));
        List<String> why = new ArrayList<>();
        if (runFailed) {
            why.add("the run itself failed, as the last line of stderr says");
        }
        comparison.filter(Comparison::regressed).ifPresent(c -> why.add("regressed"));
        if (!gate.passes()) {
            why.add("gate below its minimum");
        }
        parts.add("exit " + code + (why.isEmpty() ? "" : ": " + String.join(", ", why)));
        return String.join("; ", parts);
    }

    private Optional<SuiteConfigFile> suiteConfigFile() {
        return spec.defaultValueProvider() instanceof SuiteConfigDefaults defaults ? defaults.config() : Optional.empty();
    }
}
