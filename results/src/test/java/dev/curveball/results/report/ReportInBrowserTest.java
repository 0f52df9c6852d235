package dev.curveball.results.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.results.testkit.HeadlessChromium;
import dev.curveball.results.testkit.PlayedRuns;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html in a real browser: Debian's headless Chromium opens the report of a run whose agent
 * replies carry {@code <script>}, an {@code onerror} attribute and an {@code onload} one, each
 * trying to set {@code window.__pwned}. Skipped when this machine has no Chromium, unless
 * {@code CURVEBALL_REQUIRE_BROWSER=1} (as {@code .ci/run} sets it), where a missing browser fails.
 */
class ReportInBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void theReportRendersWithNoConsoleErrorAndTheHostileTextStaysText() throws Exception {
        Path run = PlayedRuns.play("hostile", 3, 3L, 1, tmp.resolve("hostile"));
        RunReports.write(run, EnumSet.of(ReportFormat.HTML));
        Optional<HeadlessChromium> started = HeadlessChromium.start();
        if ("1".equals(System.getenv("CURVEBALL_REQUIRE_BROWSER"))) {
            assertThat(started).as("CURVEBALL_REQUIRE_BROWSER=1 but there is no " + HeadlessChromium.BINARY).isPresent();
        }
        Assumptions.assumeTrue(started.isPresent(), "no " + HeadlessChromium.BINARY + " on this machine");
        try (HeadlessChromium browser = started.get()) {
            browser.open(run.resolve("report.html"));
            // Open every conversation, so whatever it holds is laid out and would have run by now.
            browser.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)");
            Thread.sleep(200);

            assertThat(browser.errors()).as("console errors, exceptions and CSP violations").isEmpty();
            assertThat(browser.evaluate("typeof window.__pwned").asText()).isEqualTo("undefined");
            assertThat(browser.evaluate("document.scripts.length").asInt()).isZero();
            assertThat(browser.evaluate("document.querySelectorAll('[onerror],[onload]').length").asInt()).isZero();
            assertThat(browser.evaluate("document.querySelectorAll('svg.chart').length").asInt()).isEqualTo(2);
            assertThat(browser.evaluate("document.querySelectorAll('svg.chart rect.rate').length").asInt()).isPositive();
            assertThat(browser.evaluate("getComputedStyle(document.querySelector('tr.breaking td.n')).color").asText())
                    .as("the inline style sheet applied (the CSP allows it by its hash)").isEqualTo("rgb(255, 255, 255)");
            JsonNode text = browser.evaluate("document.body.innerText");
            assertThat(text.asText()).contains("<script>window.__pwned=1</script>", "<img src=x onerror=\"window.__pwned=2\">",
                    "\"><svg onload=window.__pwned=3>", "]]>");
        }
    }
}
