package dev.curveball.results.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The comparison's files: comparison.md against its reviewed golden file
 * ({@code src/test/resources/golden/compare/}, the temporary folder written {@code <tmp>};
 * regenerate on purpose with {@code -Dgolden.update=true}), hostile agent text inert in the
 * Markdown and the HTML, and the JUnit XML's testcases.
 */
class ComparisonFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/compare");
    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)> [click](http://evil.example) | `x`";

    @TempDir
    Path tmp;

    private Comparison crafted() {
        CraftedRun a = new CraftedRun("acme-support", 3).scenario("s0001", "PPP").scenario("s0002", "PPP").scenario("s0003", "FFF")
                .scenario("s0004", "PFP").scenario("s0005", "PPP");
        CraftedRun b = new CraftedRun("acme-support", 3).scenario("s0001", "PPP").scenario("s0002", "FFP").scenario("s0003", "PPP")
                .scenario("s0004", "PPP").scenario("s0005", "approval-over-threshold", "PPP").scenario("s0006", "PEP")
                .saying("Done! " + HOSTILE, "reply claims a refund: " + HOSTILE);
        return RunComparison.of(a.write(tmp.resolve("a")), b.write(tmp.resolve("b")), CompareOptions.defaults());
    }

    @Test
    void markdownMatchesItsGoldenFile() throws IOException {
        String md = ComparisonMarkdown.of(crafted(), false).replace(tmp.toString(), "<tmp>");

        assertGolden("comparison.md", md);
    }

    @Test
    void hostileAgentTextStaysInertInMarkdownAndHtml() {
        Comparison c = crafted();
        String md = ComparisonMarkdown.of(c, true);
        String html = ComparisonHtml.of(c);

        assertThat(md).contains("reply claims a refund: &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; "
                + "\\[click\\](http://evil.example) \\| \\`x\\`");
        assertThat(md).doesNotContain("<script", "<img").doesNotContainPattern("(?<!\\\\)\\]\\(http");
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        assertThat(html).contains("reply claims a refund: &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;");
        assertThat(html).doesNotContain("<script", "<img", "src=\"http", "href=");
    }

    @Test
    void junitHasOneTestcasePerScenarioWithRegressionsFailedAndTheUncomparedSkipped() throws Exception {
        String xml = ComparisonJunit.of(crafted());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element suite = doc.getDocumentElement();

        assertThat(suite.getAttribute("tests")).isEqualTo("6");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("2");
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("s0002");
        assertThat(failure.getAttribute("message")).isEqualTo("regressed 3/3 -> 1/3: approval-required");
        assertThat(failure.getTextContent()).contains("s0002-t1: approval-required at event 2 (tool_call of issue_refund): reply claims a refund: <script>");
        assertThat(doc.getElementsByTagName("skipped").item(0).getAttributes().getNamedItem("message").getNodeValue())
                .startsWith("changed: same id, different case: task refund-unopened -> approval-over-threshold");
    }

    @Test
    void writesTheFilesAskedForIntoTheFolder() {
        var written = ComparisonFiles.write(crafted(), tmp.resolve("out"), EnumSet.of(ComparisonFiles.Format.MD, ComparisonFiles.Format.JUNIT), false);

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("comparison.md", "comparison-junit.xml");
        assertThat(tmp.resolve("out/comparison.html")).doesNotExist();
    }

    @Test
    void markdownLongerThanGitHubTakesIsCutWithAPointerToTheHtml() {
        CraftedRun a = new CraftedRun("acme-support", 1);
        CraftedRun b = new CraftedRun("acme-support", 1).saying("x", "y".repeat(400));
        for (int i = 1; i <= 400; i++) {
            a.scenario(String.format("s%04d", i), "P");
            b.scenario(String.format("s%04d", i), "F");
        }
        Comparison c = RunComparison.of(a.write(tmp.resolve("a")), b.write(tmp.resolve("b")), CompareOptions.defaults());

        String md = ComparisonMarkdown.of(c, false);
        assertThat(md.length()).isLessThanOrEqualTo(65_536);
        assertThat(md).endsWith("_Cut here to fit GitHub's comment size; the whole comparison is in comparison.html._\n");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
