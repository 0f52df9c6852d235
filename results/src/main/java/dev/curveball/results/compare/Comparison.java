package dev.curveball.results.compare;

import dev.curveball.results.stats.Interval;
import dev.curveball.results.stats.McNemar;
import dev.curveball.results.stats.PairedDifference;
import dev.curveball.results.stats.Wilson;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Run B set against run A, conversation by conversation (paired by scenario id and trial). The
 * paired counts are of conversations judged in both runs: {@code bothPass}, {@code onlyA} (passed
 * in A, failed in B), {@code onlyB}, {@code bothFail}. Scenarios are classified with the
 * {@link NoiseRule}; McNemar's exact test runs on the regressed against the fixed scenarios.
 * {@link #regressed()} is what {@code curveball compare} exits 1 on.
 *
 * <pre>{@code Comparison c = RunComparison.of(Path.of("runs/a"), Path.of("runs/b"), CompareOptions.defaults());
 * if (c.regressed()) System.out.println(c.summaryLine());}</pre>
 */
public record Comparison(Side a, Side b, CompareOptions options, int bothPass, int onlyA, int onlyB, int bothFail,
        NotJudged notJudged, List<ScenarioChange> scenarios, List<RateRow> tags, List<CheckRow> checks, Costs costs, Timings timings) {

    /** One run as the comparison names it: its folder, agent, world and trials. */
    public record Side(Path directory, String agent, String world, int trials) {
    }

    public Comparison {
        scenarios = List.copyOf(scenarios);
        tags = List.copyOf(tags);
        checks = List.copyOf(checks);
    }

    public int judgedPairs() {
        return bothPass + onlyA + onlyB + bothFail;
    }

    public Optional<Double> rateA() {
        return judgedPairs() == 0 ? Optional.empty() : Optional.of((bothPass + onlyA) / (double) judgedPairs());
    }

    public Optional<Double> rateB() {
        return judgedPairs() == 0 ? Optional.empty() : Optional.of((bothPass + onlyB) / (double) judgedPairs());
    }

    public Optional<Interval> intervalA() {
        return Wilson.interval(bothPass + onlyA, judgedPairs());
    }

    public Optional<Interval> intervalB() {
        return Wilson.interval(bothPass + onlyB, judgedPairs());
    }

    /** B's pass rate minus A's over the judged pairs, with Newcombe's paired interval. */
    public Optional<PairedDifference> delta() {
        return PairedDifference.of(bothPass, onlyA, onlyB, bothFail);
    }

    public List<ScenarioChange> with(ScenarioStatus status) {
        return scenarios.stream().filter(s -> s.status() == status).toList();
    }

    /** McNemar's b: scenarios that regressed. */
    public int regressions() {
        return with(ScenarioStatus.REGRESSED).size();
    }

    /** McNemar's c: scenarios that were fixed. */
    public int fixes() {
        return with(ScenarioStatus.FIXED).size();
    }

    /** The exact two-sided McNemar p-value of regressions against fixes. */
    public double pValue() {
        return McNemar.exactP(regressions(), fixes());
    }

    /** More regressions than fixes, and a split that uneven is unlikely by chance ({@code p < alpha}). */
    public boolean significant() {
        return regressions() > fixes() && pValue() < options.alpha();
    }

    /** Whether B regressed: significantly, or by more scenarios than {@code --max-regressions} allows. */
    public boolean regressed() {
        return significant() || (options.maxRegressions() != null && regressions() > options.maxRegressions());
    }

    /** Why the comparison passes or fails, in one clause. */
    public String decision() {
        String test = String.format(Locale.ROOT, "McNemar b=%d c=%d p=%s", regressions(), fixes(), p(pValue()));
        if (significant()) {
            return "B regressed significantly (" + test + " < alpha " + p(options.alpha()) + ")";
        }
        if (regressed()) {
            return "B regressed: " + regressions() + " regressed scenarios, more than --max-regressions " + options.maxRegressions()
                    + " (" + test + ")";
        }
        return "no significant regression (" + test + (regressions() > fixes() ? ", not below alpha " + p(options.alpha()) : "") + ")";
    }

    /** The one line {@code nightly} prints: rates, delta, counts and the decision. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "compare: pass rate %s -> %s, %s; %d regressed, %d fixed, %d flaky, %d unchanged; %s",
                Rates.text(rateA(), intervalA()), Rates.text(rateB(), intervalB()),
                delta().map(PairedDifference::points).orElse("no judged pairs"),
                regressions(), fixes(), with(ScenarioStatus.FLAKY).size(), with(ScenarioStatus.UNCHANGED).size(), decision());
    }

    /** A p-value the way people read it: 4 significant digits, never 0.0000. */
    public static String p(double value) {
        if (value >= 0.001) {
            return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", ".0");
        }
        return String.format(Locale.ROOT, "%.2e", value);
    }
}
