package dev.curveball.results.report;

import dev.curveball.results.Summary;
import dev.curveball.results.stats.Interval;
import java.time.Duration;
import java.util.Locale;

/** Rates and times as every report writes them, so the HTML, Markdown and JUnit files read alike (and as the CLI prints them). */
final class Figures {
    private Figures() {
    }

    /** {@code 85.0% (95% CI 64.0–94.8%)}: a rate with its Wilson interval, or {@code n/a}. */
    static String rate(Double rate, Interval interval) {
        return rate == null ? "n/a" : percent(rate) + (interval == null ? "" : " (95% CI " + interval.percent() + ")");
    }

    /** {@code 66.7% (95% CI 20.8–93.9%) over 3 scenarios}, or {@code n/a}. */
    static String passHatK(Summary s) {
        return rate(s.passHatK(), s.passHatKInterval())
                + (s.passHatKScenarios() == null ? "" : " over " + s.passHatKScenarios() + " scenario" + (s.passHatKScenarios() == 1 ? "" : "s"));
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    /** Seconds with three decimals, as JUnit's {@code time} attribute wants them. */
    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
    }

    static String plural(int n, String one) {
        return n + " " + one + (n == 1 ? "" : "s");
    }
}
