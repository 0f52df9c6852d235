package dev.curveball.cli;

import dev.curveball.core.verdict.Party;
import dev.curveball.results.EventLabel;
import dev.curveball.results.FailedConversation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Lists a run's FAIL conversations, each with the check that broke first, the event that broke it
 * and the check's message, then how to read one whole: the per-check counts say what failed, this
 * says where.
 *
 * <pre>
 * Failed conversations (2), each with its first failed check:
 *   s0001-t1  approval-required at event 13 (tool_call of issue_refund): issue_refund of 249.00 ...; also failed: final-state
 *   event N: the conversation's trace event at index N, counting from 0, in the events list of its line in traces.jsonl
 * Read one event by event: curveball show runs/run-1 s0001-t1
 * </pre>
 */
final class FailedConversationsPrinter {
    /** Conversations listed unless all are asked for. */
    static final int SHOWN = 10;

    private final PrintWriter out;

    FailedConversationsPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(List<FailedConversation> failed, Path directory, boolean all) {
        if (failed.isEmpty()) {
            return;
        }
        out.printf("Failed conversations (%d), each with its first failed check:%n", failed.size());
        int shown = all ? failed.size() : Math.min(SHOWN, failed.size());
        failed.subList(0, shown).forEach(this::line);
        if (shown < failed.size()) {
            out.printf("  ... and %d more; --verbose lists all%n", failed.size() - shown);
        }
        if (failed.stream().anyMatch(f -> f.check().event() != null)) {
            out.println("  " + EventLabel.LEGEND);
        }
        out.println("Read one event by event: curveball show " + directory + " " + failed.get(0).conversation());
        out.flush();
    }

    private void line(FailedConversation f) {
        out.printf("  %s  %s%s: %s%s%s%n", f.conversation(), f.check().id(), at(f.check().event(), f.event()), oneLine(f.check().message()),
                f.others().isEmpty() ? "" : "; also failed: " + String.join(", ", f.others()), causedBy(f));
    }

    /** For a failure the agent did not cause, who did and the first reason: "; caused by the simulated user: the user said goal met ...". */
    private static String causedBy(FailedConversation f) {
        if (!f.notTheAgents()) {
            return "";
        }
        String who = f.blame().party() == Party.SIMULATOR ? "the simulated user" : "the environment";
        return "; caused by " + who + f.blame().reasons().stream().findFirst().map(r -> ": " + oneLine(r.message())).orElse("")
                + " (not the agent's failure)";
    }

    /** {@code " at event 13 (tool_call of issue_refund)"}, or nothing for a check no single event broke. */
    static String at(Integer event, String label) {
        return event == null ? "" : " at event " + event + (label == null ? "" : " (" + label + ")");
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
