package dev.curveball.bench;

import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.results.RunListener;
import dev.curveball.results.RunRequest;
import dev.curveball.results.RunService;
import dev.curveball.results.ScenarioSource;
import dev.curveball.results.report.ReportFormat;
import dev.curveball.results.report.RunReports;
import dev.curveball.results.testkit.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints what the reports of a large run cost: plays N conversations (default 1,000) offline in
 * process against a demo agent (default {@code naive}, whose failures fill the report; {@code careful}
 * with {@code --agent careful}), then the time to write each report and its size, and, when
 * Debian's Chromium is there, the time from navigation to the load event of report.html, folded
 * and with every conversation opened. Figures, not assertions.
 */
public final class ReportBench {
    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = Arrays.stream(args).filter(a -> a.matches("\\d+")).findFirst().map(Integer::parseInt).orElse(1_000);
        String agent = Arrays.asList(args).contains("careful") ? "careful" : "naive";
        World acme = WorldLoader.load(Path.of("examples/acme-support"));
        Path out = Files.createTempDirectory("curveball-report-bench").resolve("run");
        System.out.printf(Locale.ROOT, "Curveball report bench: %,d conversations against the %s demo agent on acme-support, %d cores, Java %s%n",
                count, agent, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        long start = System.nanoTime();
        new RunService().run(RunRequest.builder().agent(agent).world(acme).worldSource("examples/acme-support")
                .personas(PersonaLibrary.load(Path.of("personas"))).scenarios(new ScenarioSource.Generated(count, 7L)).parallel(2).out(out)
                .turnTimeout(Duration.ofSeconds(30)).build(), RunListener.SILENT);
        System.out.printf(Locale.ROOT, "  played and judged in %.1f s (%s)%n", seconds(start), out);
        RunReports.write(out, EnumSet.allOf(ReportFormat.class)); // warm-up
        for (ReportFormat format : ReportFormat.values()) {
            long t = System.nanoTime();
            Path file = RunReports.write(out, EnumSet.of(format)).get(0);
            System.out.printf(Locale.ROOT, "  %-12s written in %6.0f ms, %,11d bytes%n", format.fileName(), seconds(t) * 1000, Files.size(file));
        }
        render(out.resolve(ReportFormat.HTML.fileName()));
    }

    private static void render(Path html) throws Exception {
        Optional<HeadlessChromium> started = HeadlessChromium.start();
        if (started.isEmpty()) {
            System.out.println("  no " + HeadlessChromium.BINARY + ": render time not measured");
            return;
        }
        try (HeadlessChromium browser = started.get()) {
            browser.open(html); // warm-up
            long load = browser.open(html);
            long t = System.nanoTime();
            browser.evaluate("document.querySelectorAll('details').forEach(d => d.open = true); document.body.offsetHeight");
            System.out.printf(Locale.ROOT, "  report.html  load event %d ms after navigation (headless Chromium); "
                    + "opening every conversation and laying it out %.0f ms; %d console errors%n", load, seconds(t) * 1000, browser.errors().size());
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
