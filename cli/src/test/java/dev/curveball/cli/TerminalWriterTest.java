package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalWriterTest {
    private final StringWriter screen = new StringWriter();
    private final PrintWriter terminal = new PrintWriter(new TerminalWriter(screen), true);

    @Test
    void writesControlCharactersOutVisiblyAndKeepsLinesAndTabs() {
        terminal.print("a\u0000b\u0007c\u001b[2Jd\u007fe\u0085f\u009bg\u202ah\u202ei\u2066j\u2069k\tl\n");

        assertThat(screen.toString()).isEqualTo("a\\u0000b\\u0007c\\u001b[2Jd\\u007fe\\u0085f\\u009bg\\u202ah\\u202ei\\u2066j\\u2069k\tl\n");
    }

    @Test
    void keepsACarriageReturnOnlyAsPartOfALineEndEvenAcrossWrites() {
        terminal.print("over\rwrite\r");
        terminal.print("\nnext\r");
        terminal.flush();

        assertThat(screen.toString()).isEqualTo("over\\u000dwrite\r\nnext\\u000d");
    }

    @Test
    void leavesOrdinaryTextIncludingNonLatinScriptsAlone() {
        terminal.println("Grüße — 注文 A-5001 ✓ שלום");

        assertThat(screen.toString()).isEqualTo("Grüße — 注文 A-5001 ✓ שלום\n");
    }

    @Test
    void escapeIsTheSameRuleForOneString() {
        assertThat(TerminalWriter.escape("x\u001by\r\nz\r")).isEqualTo("x\\u001by\r\nz\\u000d");
    }
}
