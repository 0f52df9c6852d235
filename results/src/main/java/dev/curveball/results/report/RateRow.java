package dev.curveball.results.report;

import dev.curveball.core.category.Category;
import dev.curveball.core.category.Dimension;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.results.stats.Interval;
import dev.curveball.results.stats.ScenarioReliability;
import dev.curveball.results.stats.Wilson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The pass rate of the conversations carrying one dimension or tag, counted as {@code pass_rate}
 * counts (PASS over PASS and the FAILs the simulated user did not cause), with its 95% Wilson interval.
 * A label no judged conversation carries has no row: an empty bar would read as 0%.
 */
record RateRow(String label, int passed, int judged, Optional<Interval> interval) {

    double rate() {
        return judged == 0 ? 0 : (double) passed / judged;
    }

    static List<RateRow> byDimension(List<Verdict> verdicts) {
        return rows(Arrays.asList(Dimension.values()), Dimension::id, d -> v -> v.dimensions().contains(d)
                || v.categories().stream().anyMatch(c -> c.dimension() == d), verdicts);
    }

    static List<RateRow> byTag(List<Verdict> verdicts) {
        return rows(Arrays.asList(Category.values()), Category::id, c -> v -> v.categories().contains(c), verdicts);
    }

    private static <T> List<RateRow> rows(List<T> labels, Function<T, String> id, Function<T, Predicate<Verdict>> carries,
            List<Verdict> verdicts) {
        List<RateRow> rows = new ArrayList<>();
        for (T label : labels) {
            List<Verdict> judged = verdicts.stream().filter(carries.apply(label)).filter(ScenarioReliability::judgesTheAgent).toList();
            if (!judged.isEmpty()) {
                int passed = (int) judged.stream().filter(v -> v.outcome() == Outcome.PASS).count();
                rows.add(new RateRow(id.apply(label), passed, judged.size(), Wilson.interval(passed, judged.size())));
            }
        }
        return rows;
    }
}
