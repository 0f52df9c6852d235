package dev.curveball.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.cost.ConversationCost;
import dev.curveball.core.cost.RoleCost;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.core.verdict.Verdict;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress from parallel conversations, whose counts arrive in any order, on a terminal and in a CI log. */
class ProgressPrinterTest {
    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong(1_000_000);

    private static Verdict verdict(Outcome outcome, String usd) {
        return new Verdict("s1", 1, outcome, List.of(), List.of(), List.of(), List.of(), null, null)
                .withCost(new ConversationCost(RoleCost.of(100, 10, new BigDecimal(usd)), null, null));
    }

    @Test
    void printsCountsThatOnlyGoUpWhateverOrderTheyArriveIn() {
        ProgressPrinter progress = ProgressPrinter.plain(new PrintWriter(text), now::get);

        for (int done : new int[] {1, 3, 2, 4}) {
            progress.conversationEnded(null, done, 4);
        }

        assertThat(text.toString().lines().map(l -> l.split(" conversations")[0].strip()).toList()).containsExactly("1/4", "3/4", "4/4");
    }

    @Test
    void printsAboutEveryTenthOfALongRunAndItsEnd() {
        ProgressPrinter progress = ProgressPrinter.plain(new PrintWriter(text), now::get);

        for (int done : new int[] {1, 2, 4, 3, 5, 7, 6, 8, 9, 10, 11, 12, 13, 14, 16, 15, 17, 18, 19, 21, 20, 22, 23}) {
            progress.conversationEnded(null, done, 23);
        }

        List<Integer> counts = text.toString().lines().map(l -> Integer.parseInt(l.strip().split("/")[0])).toList();
        assertThat(counts).isSorted().doesNotHaveDuplicates().hasSizeBetween(10, 12).last().isEqualTo(23);
        assertThat(text.toString()).endsWith("  23/23 conversations played  pass 0 fail 0 error 0\n"); // nothing spent: no "$0"
    }

    @Test
    void aPlainLineSaysTheOutcomesTheTimeLeftAtTheRecentRateAndTheSpend() {
        ProgressPrinter progress = ProgressPrinter.plain(new PrintWriter(text), now::get);
        Outcome[] outcomes = {Outcome.PASS, Outcome.FAIL, Outcome.PASS, Outcome.ERROR, Outcome.PASS};

        for (int done = 1; done <= 5; done++) {
            now.addAndGet(2_000); // a conversation every 2 s
            progress.conversationEnded(verdict(outcomes[done - 1], "0.01"), done, 50);
        }

        assertThat(text.toString().lines().toList()).last()
                .isEqualTo("  5/50 conversations played  pass 3 fail 1 error 1  ETA 1m30s  $0.05");
    }

    @Test
    void aPlainLineComesEveryThirtySecondsWhenATenthTakesLonger() {
        ProgressPrinter progress = ProgressPrinter.plain(new PrintWriter(text), now::get);

        progress.conversationEnded(verdict(Outcome.PASS, "0"), 1, 1000);
        now.addAndGet(29_000);
        progress.conversationEnded(verdict(Outcome.PASS, "0"), 2, 1000);
        assertThat(text.toString()).isEmpty();
        now.addAndGet(1_000);
        progress.conversationEnded(verdict(Outcome.PASS, "0"), 3, 1000);

        assertThat(text.toString()).startsWith("  3/1000 conversations played  pass 3 fail 0 error 0  ETA ");
        assertThat(text.toString().lines()).hasSize(1);
    }

    @Test
    void onATerminalOneLineIsRedrawnInPlaceAtMostTenTimesASecondAndEndsWithANewline() {
        ProgressPrinter progress = ProgressPrinter.live(new PrintWriter(text), now::get);

        now.addAndGet(1_000);
        progress.conversationEnded(verdict(Outcome.PASS, "0.10"), 1, 4);
        now.addAndGet(50); // too soon to redraw
        progress.conversationEnded(verdict(Outcome.FAIL, "0.10"), 2, 4);
        now.addAndGet(950);
        progress.conversationEnded(verdict(Outcome.PASS, "0.10"), 3, 4);
        now.addAndGet(1_000);
        progress.conversationEnded(verdict(Outcome.ERROR, "0.12"), 4, 4);

        assertThat(text.toString()).isEqualTo(
                "\r[##--------] 1/4  pass 1 fail 0 error 0  ETA 3s  $0.1"
                + "\r[#######---] 3/4  pass 2 fail 1 error 0  ETA 1s  $0.3"
                + "\r[##########] 4/4  pass 2 fail 1 error 1  $0.42       \n");
        assertThat(text.toString()).doesNotContain("\n\r");
    }

    @Test
    void aRunStoppedShortStillPrintsItsLastLine() {
        ProgressPrinter progress = ProgressPrinter.plain(new PrintWriter(text), now::get);
        for (int done = 1; done <= 3; done++) {
            progress.conversationEnded(verdict(Outcome.PASS, "0.2"), done, 10);
        }
        String before = text.toString();

        progress.finish();
        progress.finish();

        assertThat(text.toString()).startsWith(before).endsWith("  3/10 conversations played  pass 3 fail 0 error 0  $0.6\n");
        assertThat(text.toString().lines().filter(l -> l.endsWith("error 0  $0.6"))).hasSize(1);
    }

    @Test
    void timeLeftReadsInSecondsMinutesOrHours() {
        assertThat(ProgressPrinter.duration(45_000)).isEqualTo("45s");
        assertThat(ProgressPrinter.duration(72_000)).isEqualTo("1m12s");
        assertThat(ProgressPrinter.duration(2 * 3_600_000 + 3 * 60_000)).isEqualTo("2h03m");
    }
}
