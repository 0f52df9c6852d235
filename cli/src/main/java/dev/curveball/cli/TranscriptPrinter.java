package dev.curveball.cli;

import dev.curveball.core.category.Category;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.verdict.Grade;
import dev.curveball.core.verdict.Verdict;
import dev.curveball.core.world.FaultSpec;
import dev.curveball.results.PlayedConversation;
import dev.curveball.results.RunRecords;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code curveball show RUN CONVERSATION}: one conversation as a terminal transcript. A header
 * (scenario, persona, task, user, the faults planned), then every trace event with its index
 * ({@code #13}: the index the verdict's {@code event} field and its messages' "event 13" use,
 * counted from 0 over all events, usage records included), then the verdict. An event a failed
 * check names is marked {@code >>} in the margin and followed by {@code breaks: <check>}.
 */
final class TranscriptPrinter {
    private static final String MARK = ">> ";
    private static final String NO_MARK = "   ";
    private static final int LABEL = 10;

    private final PrintWriter out;
    private final int width;
    private final EventLines events;

    TranscriptPrinter(PrintWriter out, int width, boolean full) {
        this.out = out;
        this.width = width;
        this.events = new EventLines(full);
    }

    void print(RunRecords run, PlayedConversation conversation) {
        header(run, conversation);
        out.println();
        wrapped("", "Events, numbered from 0 in the order the trace holds them; the verdict's \"event 13\" is #13 below.");
        trace(conversation.trace(), breaking(conversation));
        out.println();
        verdict(conversation);
        out.flush();
    }

    private void header(RunRecords run, PlayedConversation conversation) {
        Scenario s = conversation.scenario();
        Trace trace = conversation.trace();
        wrapped("", "Conversation " + conversation.id() + ": scenario " + s.id() + ", trial " + trace.trial() + " of "
                + Math.max(1, run.manifest().trials()) + ", in run " + run.directory());
        field("agent", EventLines.text(trace.agent() == null ? run.manifest().agent() : trace.agent()));
        field("played", played(trace));
        field("persona", EventLines.text(s.persona()));
        field("task", EventLines.text(s.task().id()) + " (" + EventLines.text(s.task().intent()) + "): " + EventLines.text(s.task().goal()));
        field("resolved", resolutions(s));
        if (!s.task().hidden().isEmpty()) {
            field("hidden", s.task().hidden().stream().map(h -> EventLines.text(h.key()) + " = " + EventLines.text(h.value()))
                    .collect(Collectors.joining("; ")) + " (the user says it only when asked)");
        }
        field("user", EventLines.text(s.user().id()) + " (" + EventLines.text(s.user().role()) + ")");
        field("faults", faults(s));
        if (s.brief() != null) {
            field("brief", EventLines.text(s.brief()));
        }
        if (!s.memory().isEmpty()) {
            field("memory", s.memory().stream().map(EventLines::text).collect(Collectors.joining(" | ")));
        }
        field("tags", s.tags().isEmpty() ? "none" : s.tags().stream().map(Category::id).collect(Collectors.joining(", ")));
        field("max turns", String.valueOf(s.maxTurns()));
        if (s.replay() != null) {
            field("golden", golden(s, trace));
        }
    }

    /** Where the golden case came from, and how much of its recording this conversation replayed. */
    private static String golden(Scenario s, Trace trace) {
        var source = s.replay().source();
        List<UserMessage> said = trace.events().stream().filter(UserMessage.class::isInstance).map(UserMessage.class::cast).toList();
        long replayed = said.stream().filter(u -> UserMessage.REPLAYED.equals(u.replay())).count();
        String played = replayed == said.size() ? "all " + replayed + " user turns replayed"
                : replayed + " user turn" + (replayed == 1 ? "" : "s") + " replayed, reactive from turn " + (replayed + 1)
                        + " (the agent answered differently from the recording)";
        return source.reason().id() + " case from " + EventLines.text(source.conversation()) + " of " + EventLines.text(source.run())
                + (source.failure() == null ? "" : ", failed " + EventLines.text(source.failure())) + "; "
                + s.replay().script().size() + " recorded user turns; " + played;
    }

    /** What satisfies the task's user, as the resolution check reads it, plus the next steps every task accepts. */
    private static String resolutions(Scenario s) {
        return "when " + s.task().outcome().stream().map(TranscriptPrinter::resolution).collect(Collectors.joining(", or "))
                + "; or a hand-off, or an honest report of a failed tool (escalation " + s.task().escalation().id() + ")";
    }

    private static String resolution(Resolution r) {
        String what = switch (r.kind()) {
            case DONE -> "done " + r.done();
            case PENDING -> "pending " + r.pending();
            case DECLINED -> "declined " + r.declined();
            case ANSWERED -> "answered " + r.answered();
        };
        return EventLines.text(what + (r.entity() == null ? "" : " on " + r.entity())
                + (r.requires().isEmpty() ? "" : " after " + String.join(", ", r.requires())));
    }

    private static String played(Trace trace) {
        if (trace.events().isEmpty()) {
            return "no events";
        }
        Instant first = trace.events().get(0).at();
        Instant last = trace.events().get(trace.events().size() - 1).at();
        Duration took = Duration.between(first, last);
        return first.truncatedTo(ChronoUnit.SECONDS) + ", for " + String.format(Locale.ROOT, "%.3f s", took.toMillis() / 1000.0);
    }

    private static String faults(Scenario s) {
        if (s.faults().isEmpty()) {
            return "none planned (fault profile " + EventLines.text(s.faultProfile()) + ")";
        }
        return "fault profile " + EventLines.text(s.faultProfile()) + ": "
                + s.faults().stream().map(TranscriptPrinter::fault).collect(Collectors.joining("; "));
    }

    private static String fault(FaultSpec f) {
        String calls = f.calls().isEmpty() ? "every call"
                : (f.calls().size() == 1 ? "call " : "calls ") + f.calls().stream().map(String::valueOf).collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder(f.kind().id()).append(" on ").append(EventLines.text(f.tool())).append(", ").append(calls);
        if (f.delayMs() != null) {
            text.append(", delay ").append(f.delayMs()).append(" ms");
        }
        if (!f.dropFields().isEmpty()) {
            text.append(", drops ").append(EventLines.text(String.join(", ", f.dropFields())));
        }
        if (!f.params().isEmpty()) {
            text.append(", ").append(EventLines.text(f.params().toString()));
        }
        return text.toString();
    }

    /** The failed checks by the event they name, in the verdict's order. */
    private static Map<Integer, List<String>> breaking(PlayedConversation conversation) {
        Map<Integer, List<String>> byEvent = new LinkedHashMap<>();
        conversation.verdict().ifPresent(v -> v.failedChecks().stream().filter(c -> c.event() != null)
                .forEach(c -> byEvent.computeIfAbsent(c.event(), e -> new ArrayList<>()).add(c.id())));
        return byEvent;
    }

    private void trace(Trace trace, Map<Integer, List<String>> breaking) {
        List<TraceEvent> all = trace.events();
        int digits = String.valueOf(Math.max(0, all.size() - 1)).length();
        for (int i = 0; i < all.size(); i++) {
            EventLines.EventLine line = events.of(all.get(i));
            List<String> broken = breaking.getOrDefault(i, List.of());
            String index = String.format(Locale.ROOT, "#%-" + digits + "d  ", i);
            String first = (broken.isEmpty() ? NO_MARK : MARK) + index + pad(line.label(), LABEL);
            if (line.json()) {
                print(first, LineWrapper.cut(line.text(), Math.max(20, width - first.length())));
            } else {
                wrapped(first, line.text());
            }
            if (!broken.isEmpty()) {
                wrapped(" ".repeat(first.length()), "breaks: " + String.join(", ", broken));
            }
        }
        breaking.keySet().stream().filter(e -> e < 0 || e >= all.size()).forEach(e -> out.println(MARK
                + "event " + e + " is past the trace's last event, #" + (all.size() - 1) + "; breaks: " + String.join(", ", breaking.get(e))));
    }

    private void verdict(PlayedConversation conversation) {
        if (conversation.verdict().isEmpty()) {
            out.println("Verdict: not judged yet (the run has not finished; curveball run --resume finishes it).");
            return;
        }
        Verdict v = conversation.verdict().get();
        List<CheckResult> failed = v.failedChecks();
        out.println("Verdict: " + v.outcome() + (v.endReason() == null ? "" : ", ended " + v.endReason().id())
                + "; " + failed.size() + " of " + v.checks().size() + " checks failed");
        if (v.error() != null) {
            wrapped("  error  ", EventLines.text(v.error()));
        }
        int idWidth = v.checks().stream().mapToInt(c -> c.id().length()).max().orElse(0) + 2;
        for (CheckResult c : failed) {
            String where = c.event() == null ? "no single event" : "event " + c.event() + " (>> #" + c.event() + " above)";
            wrapped("  FAIL " + pad(c.id(), idWidth), where + ": " + EventLines.text(c.message()));
        }
        for (CheckResult c : v.checks()) {
            if (c.passed()) {
                wrapped("  pass " + pad(c.id(), idWidth), EventLines.text(c.message()));
            }
        }
        for (Grade g : v.grades()) {
            String score = g.status() == Grade.Status.GRADED ? g.score() + "/5" + (g.threshold() == null ? "" : " (needs " + g.threshold() + ")")
                    : g.status().name().toLowerCase(Locale.ROOT) + (g.note() == null ? "" : " (" + EventLines.text(g.note()) + ")");
            wrapped("  grade " + pad(g.criterion(), idWidth), score + g.evidence().stream()
                    .map(q -> " \"" + EventLines.text(q) + "\"").collect(java.util.stream.Collectors.joining(";", g.evidence().isEmpty() ? "" : ":", "")));
        }
    }

    private void field(String name, String value) {
        wrapped("  " + pad(name, LABEL), value);
    }

    /** Prints {@code text} after {@code prefix}, wrapped to the width, later lines indented under the text. */
    private void wrapped(String prefix, String text) {
        print(prefix, LineWrapper.wrap(text, Math.max(20, width - prefix.length())));
    }

    private void print(String prefix, List<String> lines) {
        String indent = " ".repeat(prefix.length());
        for (int i = 0; i < lines.size(); i++) {
            out.println(((i == 0 ? prefix : indent) + lines.get(i)).stripTrailing());
        }
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
