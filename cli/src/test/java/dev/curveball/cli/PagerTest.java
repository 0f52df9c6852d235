package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pager, with a shell command that writes what it is handed to a file standing in for less. */
class PagerTest {
    private static final String TEN_LINES = "line\n".repeat(9) + "last \u001b[2J line\n";

    @TempDir
    Path tmp;

    @Test
    void pagesThroughPagerDefaultingToLessAndTurnsOffForAnEmptyPagerOrCat() {
        assertThat(Pager.command(Map.of())).contains("less -FRX");
        assertThat(Pager.command(Map.of("PAGER", "more"))).contains("more");
        assertThat(Pager.command(Map.of("PAGER", " "))).isEmpty();
        assertThat(Pager.command(Map.of("PAGER", "cat"))).isEmpty();
    }

    @Test
    void textLongerThanTheTerminalGoesToThePagerEscaped() throws IOException {
        Path paged = tmp.resolve("paged.txt");
        StringWriter out = new StringWriter();

        Pager.show(TEN_LINES, new PrintWriter(out), Optional.of("cat > '" + paged + "'"), Optional.of(new TerminalSize(5, 80)), Map.of());

        assertThat(out.toString()).isEmpty();
        assertThat(Files.readString(paged, StandardCharsets.UTF_8)).isEqualTo(TEN_LINES.replace("\u001b", "\\u001b"));
    }

    @Test
    void textThatFitsIsPrintedAndTheSizeUnknownLeavesItToThePager() {
        Path paged = tmp.resolve("paged.txt");
        StringWriter out = new StringWriter();

        Pager.show(TEN_LINES, new PrintWriter(out), Optional.of("cat > '" + paged + "'"), Optional.of(new TerminalSize(40, 80)), Map.of());

        assertThat(out.toString()).isEqualTo(TEN_LINES);
        assertThat(paged).doesNotExist();

        Pager.show(TEN_LINES, new PrintWriter(new StringWriter()), Optional.of("cat > '" + paged + "'"), Optional.empty(), Map.of());
        assertThat(paged).exists();
    }

    @Test
    void aPagerThatCannotStartFallsBackToPrinting() {
        StringWriter out = new StringWriter();

        Pager.show(TEN_LINES, new PrintWriter(out), Optional.of("curveball-no-such-pager 2>/dev/null"), Optional.of(new TerminalSize(5, 80)), Map.of());

        assertThat(out.toString()).isEqualTo(TEN_LINES);
    }
}
