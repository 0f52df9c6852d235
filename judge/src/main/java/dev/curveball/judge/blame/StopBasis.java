package dev.curveball.judge.blame;

import dev.curveball.core.reading.ActKind;
import dev.curveball.core.reading.ReplyReading;
import java.util.List;

/**
 * Whether a reply gives a customer any ground to stop satisfied: it reports something done or
 * under way, a refusal, a failure, a hand-off, or tells a fact. Whether that report is true is the
 * checks' business (a user that believes "your refund has been issued" is not at fault when it was
 * not); a user that stops on a reply reporting none of these made the stop up.
 */
final class StopBasis {
    private static final List<ActKind> GROUNDS = List.of(ActKind.DONE, ActKind.PENDING, ActKind.REFUSES, ActKind.NOT_DONE,
            ActKind.HANDS_OFF, ActKind.ASSERTS);

    private StopBasis() {
    }

    static boolean reports(ReplyReading reading) {
        return GROUNDS.stream().anyMatch(reading::has);
    }
}
