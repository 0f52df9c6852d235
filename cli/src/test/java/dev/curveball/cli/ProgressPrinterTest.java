package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress lines from parallel conversations, whose counts arrive in any order. */
class ProgressPrinterTest {

    @Test
    void printsCountsThatOnlyGoUpWhateverOrderTheyArriveIn() {
        StringWriter text = new StringWriter();
        ProgressPrinter progress = new ProgressPrinter(new PrintWriter(text));

        for (int done : new int[] {1, 3, 2, 4}) {
            progress.conversationEnded(null, done, 4);
        }

        assertThat(text.toString()).isEqualTo("""
                  1/4 conversations played
                  3/4 conversations played
                  4/4 conversations played
                """);
    }

    @Test
    void printsAboutEveryTenthOfALongRunAndItsEnd() {
        StringWriter text = new StringWriter();
        ProgressPrinter progress = new ProgressPrinter(new PrintWriter(text));

        for (int done : new int[] {1, 2, 4, 3, 5, 7, 6, 8, 9, 10, 11, 12, 13, 14, 16, 15, 17, 18, 19, 21, 20, 22, 23}) {
            progress.conversationEnded(null, done, 23);
        }

        List<Integer> counts = text.toString().lines().map(l -> Integer.parseInt(l.strip().split("/")[0])).toList();
        assertThat(counts).isSorted().doesNotHaveDuplicates().hasSizeBetween(10, 12).last().isEqualTo(23);
        assertThat(text.toString()).endsWith("  23/23 conversations played\n");
    }
}
