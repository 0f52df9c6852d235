package dev.curveball.results.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.Json;
import dev.curveball.results.testkit.HostileAgent;
import dev.curveball.results.testkit.PlayedRuns;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The three reports of a run the {@code hostile} test agent played offline (4 scenarios x 2 trials;
 * every reply carries markup, a CDATA end and a control character). report.md and junit.xml are
 * compared with the reviewed golden files in {@code src/test/resources/golden/report/} after the
 * run's clock is set to fixed times; regenerate on purpose with {@code -Dgolden.update=true}.
 */
class RunReportsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/report");

    @TempDir
    static Path shared;
    static Path run;

    @TempDir
    Path tmp;

    @BeforeAll
    static void playTheHostileAgent() {
        run = PlayedRuns.play("hostile", 4, 3L, 2, shared.resolve("hostile"));
        PlayedRuns.fixTheClock(run);
        assertThat(RunReports.write(run, EnumSet.allOf(ReportFormat.class)))
                .containsExactly(run.resolve("report.html"), run.resolve("report.md"), run.resolve("junit.xml"));
    }

    @Test
    void writesTheMarkdownReportAsReviewed() throws IOException {
        assertGolden("hostile.md", read(run, "report.md"));
    }

    @Test
    void writesJunitXmlAsReviewed() throws IOException {
        assertGolden("hostile-junit.xml", read(run, "junit.xml"));
    }

    @Test
    void aHostileReplyStaysInertTextInTheHtmlReport() throws IOException {
        String html = read(run, "report.html");

        assertThat(html.toLowerCase()).doesNotContain("<script", "<img", "<svg onload");
        assertThat(Pattern.compile("<svg").matcher(html).results().count())
                .isEqualTo(Pattern.compile("<svg class=\"chart\"").matcher(html).results().count()).isEqualTo(2);
        assertThat(html).contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;", "&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;",
                "&quot;&gt;&lt;svg onload=window.__pwned=3&gt; ]]&gt;", "&lt;img src=x onerror=window.__pwned=4&gt;");
        assertThat(html).doesNotContain("\u0007");
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-");
    }

    @Test
    void everyLinkToAnEventLeadsToThatEventsRow() throws IOException {
        String html = read(run, "report.html");
        Matcher links = Pattern.compile("href=\"#(conv-[^\"]+)\"").matcher(html);
        List<String> targets = new ArrayList<>();
        while (links.find()) {
            targets.add(links.group(1));
        }

        assertThat(targets).anyMatch(t -> t.matches("conv-s\\d{4}-t\\d-ev-\\d+"));
        assertThat(targets).allSatisfy(t -> assertThat(html).contains("id=\"" + t + "\""));
        assertThat(html).contains("class=\"tool-call breaking\"");
    }

    @Test
    void aHostileReplyStaysInertTextInTheMarkdownReport() throws IOException {
        String md = read(run, "report.md");

        assertThat(md).doesNotContain("<script", "<img", "<svg", "\u0007");
        assertThat(md).contains("&lt;script&gt;");
        // Every table row has as many cells as its header: a '|' in run text is escaped.
        String header = null;
        for (String line : md.lines().toList()) {
            if (!line.startsWith("|")) {
                header = null;
            } else if (header == null) {
                header = line;
            } else {
                assertThat(cells(line)).as(line).isEqualTo(cells(header));
            }
        }
    }

    @Test
    void junitXmlParsesAndHoldsTheHostileTextAsText() throws Exception {
        Document doc = parse(read(run, "junit.xml"));
        NodeList cases = doc.getElementsByTagName("testcase");
        NodeList failures = doc.getElementsByTagName("failure");

        assertThat(cases.getLength()).isEqualTo(8);
        assertThat(failures.getLength()).isEqualTo(8);
        assertThat(((Element) cases.item(0)).getAttribute("name")).matches("s0001-t1 [a-z-]+/[a-z0-9-]+");
        assertThat(((Element) cases.item(0)).getAttribute("classname")).isEqualTo("s0001");
        assertThat(((Element) doc.getElementsByTagName("testsuite").item(0)).getAttribute("failures")).isEqualTo("8");
        String bodies = text(failures);
        assertThat(bodies).contains("approval-required at event ", "(tool_call of issue_refund)");
        assertThat(read(run, "junit.xml")).doesNotContain("\u0007");
    }

    @Test
    void junitXmlMapsErrorToErrorAndUngradedAndSimulatorFailuresToSkipped() throws Exception {
        Path copy = copyOf(run);
        rewriteVerdicts(copy, List.of(
                v -> v.put("outcome", "ERROR").put("error", "agent answered HTTP 500: <b>boom</b> ]]>"),
                v -> v.put("outcome", "UNGRADED").set("checks", Json.mapper().createArrayNode()),
                v -> v.set("blame", Json.object().put("party", "simulator"))));
        Files.delete(copy.resolve("summary.json"));

        RunReports.write(copy, EnumSet.of(ReportFormat.JUNIT));

        Document doc = parse(read(copy, "junit.xml"));
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(8);
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(5);
        assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(2);
        assertThat(List.of(suite.getAttribute("tests"), suite.getAttribute("failures"), suite.getAttribute("errors"), suite.getAttribute("skipped")))
                .containsExactly("8", "5", "1", "2");
        assertThat(((Element) doc.getElementsByTagName("error").item(0)).getAttribute("message")).isEqualTo("agent answered HTTP 500: <b>boom</b> ]]>");
        assertThat(((Element) doc.getElementsByTagName("skipped").item(1)).getAttribute("message")).startsWith("FAIL caused by the simulated user");
    }

    @Test
    void theMarkdownReportStaysUnderGitHubsLimitAndSaysWhatItLeftOut() throws IOException {
        Path copy = copyOf(run);
        rewriteVerdicts(copy, List.of(v -> {
            ArrayNode checks = Json.mapper().createArrayNode();
            for (int i = 0; i < 60; i++) {
                checks.add(Json.object().put("id", "check-" + i).put("passed", false).put("message", "x".repeat(400)));
            }
            v.set("checks", checks);
        }), true);

        RunReports.write(copy, EnumSet.of(ReportFormat.MARKDOWN));

        String md = read(copy, "report.md");
        assertThat(md.length()).isLessThanOrEqualTo(MarkdownReport.LIMIT).isGreaterThan(MarkdownReport.LIMIT - 1_000);
        assertThat(md).endsWith("more lines left out to stay under GitHub's 65,000-character limit; everything is in [report.html](report.html)._\n");
        assertThat(read(run, "report.md")).doesNotContain("left out to stay under");
    }

    @Test
    void aRunNotJudgedYetIsBadInput() throws IOException {
        Path copy = copyOf(run);
        Files.delete(copy.resolve("verdicts.jsonl"));

        assertThatThrownBy(() -> RunReports.write(copy, EnumSet.allOf(ReportFormat.class)))
                .isInstanceOfSatisfying(CurveballException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessage(copy + ": no judged conversation yet (no verdicts.jsonl, or it is empty); let the run finish, or judge it with: curveball judge " + copy);
        assertThat(copy.resolve("report.html")).doesNotExist();
    }

    @Test
    void formatsAreReadFromACommaSeparatedList() {
        assertThat(ReportFormat.parse("md, junit", "--format")).containsExactly(ReportFormat.MARKDOWN, ReportFormat.JUNIT);
        assertThatThrownBy(() -> ReportFormat.parse("html,pdf", "--format")).isInstanceOf(CurveballException.class)
                .hasMessage("--format: unknown report format 'pdf' (expected a comma-separated list of html, md, junit)");
        assertThatThrownBy(() -> ReportFormat.parse("", "--report")).hasMessageStartingWith("--report: unknown report format ''");
    }

    private static long cells(String row) {
        return Pattern.compile("(?<!\\\\)\\|").matcher(row).results().count();
    }

    private static String text(NodeList nodes) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            all.append(nodes.item(i).getTextContent()).append('\n');
        }
        return all.toString();
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private Path copyOf(Path source) throws IOException {
        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().matches("report\\..*|junit\\.xml")).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Files.deleteIfExists(copy.resolve(".lock"));
        return copy;
    }

    private static void rewriteVerdicts(Path dir, List<Consumer<ObjectNode>> edits) throws IOException {
        rewriteVerdicts(dir, edits, false);
    }

    /** Applies the i-th edit to the i-th verdict (to every verdict with {@code all}). */
    private static void rewriteVerdicts(Path dir, List<Consumer<ObjectNode>> edits, boolean all) throws IOException {
        List<String> lines = new ArrayList<>();
        List<String> old = Files.readAllLines(dir.resolve("verdicts.jsonl"), StandardCharsets.UTF_8);
        for (int i = 0; i < old.size(); i++) {
            ObjectNode v = (ObjectNode) Json.mapper().readTree(old.get(i));
            if (all || i < edits.size()) {
                edits.get(all ? 0 : i).accept(v);
            }
            lines.add(Json.write(v));
        }
        Files.write(dir.resolve("verdicts.jsonl"), lines, StandardCharsets.UTF_8);
    }

    private static String read(Path dir, String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
