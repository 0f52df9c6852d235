package dev.curveball.cli;

import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Outcome;
import dev.curveball.results.PlayedConversation;
import dev.curveball.results.RunRecords;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code curveball show RUN}: the run's conversations, one line each (never wrapped, so {@code grep} finds a
 * conversation's whole line): id, outcome, user turns,
 * persona and task, and the checks it failed (for an ERROR, what the error was). Failures come
 * first, then errors, conversations not judged yet, passes; each group in run order (scenario,
 * then trial), so the conversations to read are at the top of the page.
 */
final class ConversationListPrinter {
    /** The most of an error's text one line of the list shows; the transcript shows all of it. */
    static final int ERROR_TEXT = 120;
    private static final List<String> HEADINGS = List.of("conversation", "outcome", "turns", "persona", "task");

    private final PrintWriter out;

    ConversationListPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(RunRecords run) {
        List<PlayedConversation> all = run.conversations();
        out.println("Run " + run.directory() + ": agent " + EventLines.text(run.manifest().agent()) + ", world "
                + EventLines.text(run.manifest().world()) + "; " + played(run) + ": " + count(all, Outcome.FAIL) + " failed, "
                + count(all, Outcome.ERROR) + " errors, " + count(all, Outcome.PASS) + " passed"
                + (count(all, Outcome.UNGRADED) == 0 ? "" : ", " + count(all, Outcome.UNGRADED) + " ungraded")
                + (all.stream().anyMatch(c -> c.verdict().isEmpty()) ? ", " + all.stream().filter(c -> c.verdict().isEmpty()).count()
                + " not judged yet" : ""));
        if (all.isEmpty()) {
            out.println("No conversation has been played in it yet.");
            out.flush();
            return;
        }
        out.println("Failures first, then errors, then passes, each in run order. One conversation in full: curveball show "
                + run.directory() + " CONVERSATION");
        out.println();
        List<PlayedConversation> sorted = all.stream().sorted(Comparator.comparingInt(ConversationListPrinter::group)).toList();
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        sorted.forEach(c -> rows.add(row(c)));
        int[] widths = widths(rows);
        for (int r = 0; r < rows.size(); r++) {
            String last = r == 0 ? "failed checks" : detail(sorted.get(r - 1));
            out.println(("  " + columns(rows.get(r), widths) + last).stripTrailing());
        }
        out.flush();
    }

    private static String played(RunRecords run) {
        int trials = Math.max(1, run.manifest().trials());
        String planned = run.scenarios().size() + " scenarios x " + trials + " trial" + (trials == 1 ? "" : "s");
        int played = run.conversations().size();
        return played == run.planned() ? played + " conversations (" + planned + ")"
                : played + " of " + run.planned() + " conversations played (" + planned + ")";
    }

    private static long count(List<PlayedConversation> all, Outcome outcome) {
        return all.stream().filter(c -> c.verdict().map(v -> v.outcome() == outcome).orElse(false)).count();
    }

    private static int group(PlayedConversation c) {
        return c.verdict().map(v -> switch (v.outcome()) {
            case FAIL -> 0;
            case ERROR -> 1;
            case UNGRADED -> 2;
            case PASS -> 3;
        }).orElse(2);
    }

    private static List<String> row(PlayedConversation c) {
        String outcome = c.verdict().map(v -> v.outcome().name()).orElse("not judged");
        return List.of(c.id(), outcome, String.valueOf(c.turns()), EventLines.text(c.scenario().persona()),
                EventLines.text(c.scenario().task().id()));
    }

    /** The failed checks' ids; for an ERROR, then what the error was. */
    private static String detail(PlayedConversation c) {
        List<String> failed = c.verdict().map(v -> v.failedChecks().stream().map(CheckResult::id).toList()).orElse(List.of());
        String checks = failed.isEmpty() ? "" : String.join(", ", failed);
        if (c.verdict().map(v -> v.outcome() == Outcome.ERROR).orElse(false)) {
            String error = c.trace().eventsOf(ErrorEvent.class).stream().findFirst().map(e -> e.source().id() + ": " + e.message())
                    .orElseGet(() -> c.verdict().get().error() == null ? "" : c.verdict().get().error());
            int end = error.length() > ERROR_TEXT && Character.isHighSurrogate(error.charAt(ERROR_TEXT - 1)) ? ERROR_TEXT - 1 : ERROR_TEXT;
            String shown = error.length() > ERROR_TEXT ? error.substring(0, end) + "..." : error;
            return (checks.isEmpty() ? "" : checks + "; ") + "error: " + EventLines.text(shown);
        }
        return checks.isEmpty() ? "-" : checks;
    }

    private static int[] widths(List<List<String>> rows) {
        int[] widths = new int[HEADINGS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    private static String columns(List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 2));
        }
        return line.toString();
    }
}
