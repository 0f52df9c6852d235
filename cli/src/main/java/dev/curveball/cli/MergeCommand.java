package dev.curveball.cli;

import dev.curveball.core.error.ExitCodes;
import dev.curveball.results.Summary;
import dev.curveball.results.shard.MergeResult;
import dev.curveball.results.shard.MergedShards;
import dev.curveball.results.shard.ShardMerge;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code curveball merge DIR... --out DIR}: joins the run directories of a run's shards
 * ({@code run --shard I/N}) into one run directory equal to the run played on one machine, which
 * {@code report}, {@code gate} and {@code compare} then read. Exit 0 once merged; 2 when the inputs
 * are not every shard of one run, each once and finished.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Join the run directories of a run's shards (played with --shard I/N) into one run directory equal to",
                "the run played on one machine: every scenario and conversation once, verdicts sorted as a run sorts them,",
                "summary.json computed again from them. Refuses shards of different runs, a shard given twice, a missing or",
                "unfinished shard (exit 2). See docs/shards.md."})
final class MergeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "The shards' run directories (each shard's --out), in any order.")
    List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The merged run directory; it must not hold a run yet.")
    Path out;

    @Option(names = "--allow-partial",
            description = {"Merge even when shards are missing; the manifest and", "the summary's views_not_available name them."})
    boolean allowPartial;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        MergeResult result = ShardMerge.merge(shards, out, allowPartial);
        PrintWriter out = spec.commandLine().getOut();
        MergedShards merged = result.manifest().merged();
        Summary s = result.summary();
        out.printf(Locale.ROOT, "Merged %d of %d shards into %s: %d conversations (%d scenarios x %d trial%s).%n", result.merged(),
                merged.count(), result.directory(), s.conversations(), result.manifest().scenarios(), s.trials(), s.trials() == 1 ? "" : "s");
        if (!result.missing().isEmpty()) {
            out.println("  missing: shard" + (result.missing().size() == 1 ? " " : "s ") + String.join(", ",
                    result.missing().stream().map(i -> i + "/" + merged.count()).toList()) + " (--allow-partial); their scenarios were not played");
        }
        out.printf(Locale.ROOT, "  passed %d, failed %d, errors %d; pass rate %s%s%n", s.passed(), s.failed(), s.errors(),
                SummaryPrinter.rate(s.passRate(), s.passRateInterval()), s.trials() > 1 ? ", pass^" + s.trials() + " " + SummaryPrinter.passHatK(s) : "");
        out.println(s.gate().scored() ? "  launch gate " + s.gate().score() + "/" + s.gate().max() + ": " + s.gate().verdict()
                : "  launch gate " + s.gate().verdict());
        out.println("  next: curveball report " + result.directory() + ", curveball gate " + result.directory()
                + ", curveball compare BASELINE " + result.directory());
        out.flush();
        return ExitCodes.OK;
    }
}
