package dev.curveball.cli;

import dev.curveball.generator.Coverage;
import dev.curveball.generator.GenerationReport;
import dev.curveball.generator.dedup.Dedup;
import dev.curveball.generator.dedup.Diversity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints what {@code curveball generate} wrote: the file, the coverage table, what the world cannot
 * reach, the pair coverage, the openings' diversity, and how a model writing them fared.
 */
final class GenerationPrinter {
    private final PrintWriter out;

    GenerationPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(GenerationReport report, Path file) {
        out.printf(Locale.ROOT, "Wrote %d scenarios for %s (seed %d, openings by %s) to %s%n", report.scenarios().size(), report.world(),
                report.options().seed(), report.writer(), file);
        coverage(report.coverage());
        new PairCoveragePrinter(out).print(report.coverage().pairs());
        diversity(report.diversity());
        report.modelTally().ifPresent(tally -> out.println("  " + ModelOptions.openings(tally)));
        out.flush();
    }

    private void coverage(Coverage c) {
        out.printf(Locale.ROOT, "%nCoverage: %d of %d tags reachable in this world; %s%n", c.reachableTags().size(), c.tags().size(), covered(c));
        out.printf(Locale.ROOT, "  %d distinct persona x task x fault profile combinations; %s%n", c.combinations(),
                c.repeats() ? "all used, " + (c.scenarios() - c.combinations()) + " scenarios repeat one" : c.scenarios() + " used, none repeated");
        out.printf(Locale.ROOT, "  %-24s %9s%n", "dimension / tag", "scenarios");
        for (Coverage.DimensionCount d : c.dimensions()) {
            out.printf(Locale.ROOT, "  %-24s %9d%s%n", d.dimension().id(), d.scenarios(), d.reachable() ? "" : "  unreachable");
            c.tags().stream().filter(t -> t.tag().dimension() == d.dimension()).forEach(t -> out.printf(Locale.ROOT, "    %-22s %9d%s%n",
                    t.tag().id(), t.scenarios(), t.reachable() ? "" : "  unreachable"));
        }
        if (!c.unreachable().isEmpty()) {
            out.printf(Locale.ROOT, "Unreachable in this world (what this suite cannot test):%n");
            c.unreachable().forEach(u -> out.printf(Locale.ROOT, "  %s: %s%n", u.tag().id(), u.reason()));
        }
    }

    private static String covered(Coverage c) {
        int reachable = c.reachableTags().size();
        int missed = c.missedTags().size();
        if (missed == 0) {
            return "all covered, by the first " + c.reachableCoveredBy() + " scenarios";
        }
        return (reachable - missed) + " covered; --count " + c.reachableCoveredBy() + " or more covers them all";
    }

    private void diversity(Diversity d) {
        out.printf(Locale.ROOT, "%nOpenings (dedup %s%s):%n", d.mode().id(),
                d.mode() == Dedup.Mode.OFF ? "" : String.format(Locale.ROOT, ", near-duplicate from similarity %.2f", d.threshold()));
        Diversity.Rewrites r = d.rewrites();
        out.println(d.mode() == Dedup.Mode.OFF ? "  near-duplicates: not checked (--dedup off)"
                : String.format(Locale.ROOT, "  near-duplicates: %d found, %d rewritten, %d remaining", r.found(), r.rewritten(), r.remaining()));
        Diversity.Pairwise p = d.pairwise();
        out.printf(Locale.ROOT, "  pairwise similarity (%s): mean %.3f, max %.3f (%s)%n", d.mode() == Dedup.Mode.SEMANTIC ? "cosine" : "word-bigram Jaccard",
                p.mean(), p.max(), p.sampled() ? String.format(Locale.ROOT, "a sample of %,d of %,d pairs", p.compared(), p.pairs())
                        : String.format(Locale.ROOT, "all %,d pairs", p.pairs()));
        out.printf(Locale.ROOT, "  distinct-2: %.3f (%,d unique of %,d word bigrams)%n", d.distinct2().ratio(), d.distinct2().unique(), d.distinct2().total());
    }
}
