package dev.curveball.cli;

import dev.curveball.results.RunErrors;
import java.io.PrintWriter;
import java.util.List;

/**
 * Says why a run's ERROR conversations are ERRORs: each distinct reason once, with how many
 * conversations share it and the first of them, the first ERROR's reason first.
 *
 * <pre>
 * ERROR in 4 of 4 conversations (infrastructure trouble, never counted as an agent failure):
 *   4 conversations, first s0001-t1: agent answered 200 but the body is not JSON: hello there
 * </pre>
 */
final class ErrorReasonsPrinter {
    /** Distinct reasons shown unless all are asked for. */
    static final int SHOWN = 3;

    private final PrintWriter out;

    ErrorReasonsPrinter(PrintWriter out) {
        this.out = out;
    }

    /** Prints nothing for a run without ERRORs; {@code whose} names the agent where several are shown, or is empty. */
    void print(RunErrors errors, String whose, boolean all, String more) {
        if (errors.errors() == 0) {
            return;
        }
        out.printf("ERROR in %d of %d conversations%s (infrastructure trouble, never counted as an agent failure):%n",
                errors.errors(), errors.conversations(), whose);
        List<RunErrors.Reason> reasons = errors.reasons();
        int shown = all ? reasons.size() : Math.min(SHOWN, reasons.size());
        for (RunErrors.Reason reason : reasons.subList(0, shown)) {
            out.printf("  %s, %s %s: %s%n", ErrorLimit.conversations(reason.count()), reason.count() == 1 ? "in" : "first", reason.first(),
                    reason.text());
        }
        if (shown < reasons.size()) {
            int left = reasons.size() - shown;
            out.printf("  ... and %d more reason%s; %s%n", left, left == 1 ? "" : "s", more);
        }
        out.flush();
    }
}
