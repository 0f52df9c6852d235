package dev.curveball.cli;

import dev.curveball.core.cost.Role;
import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ApprovalRequested;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.Escalation;
import dev.curveball.core.trace.FaultInjected;
import dev.curveball.core.trace.StateChange;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.Usage;
import dev.curveball.core.trace.UserMessage;

/**
 * How a transcript shows one trace event: a short label and one text. Everything from outside
 * (what the user and the agent said, tool arguments and answers) is escaped here, before it is
 * wrapped, so a control or bidi character shows as {@code \u001b} and counts as the six
 * characters it prints. Tool JSON is shown compact and, unless {@code full}, cut after
 * {@value #CUT_AT} characters with a marker saying how long it was.
 */
final class EventLines {
    static final int CUT_AT = 400;

    /**
     * One event as shown: {@code label} (user, agent, call...) and its text; a {@code json} line holds
     * tool JSON and is cut at the line's end rather than wrapped at spaces, which are inside its strings.
     */
    record EventLine(String label, String text, boolean json) {
        static EventLine prose(String label, String text) {
            return new EventLine(label, text, false);
        }

        static EventLine json(String label, String text) {
            return new EventLine(label, text, true);
        }
    }

    private final boolean full;

    EventLines(boolean full) {
        this.full = full;
    }

    EventLine of(TraceEvent event) {
        if (event instanceof UserMessage user) {
            return EventLine.prose("user", text(user.text()) + (user.tactic() == null ? "" : "  (tactic: " + user.tactic() + ")")
                    + (user.replay() == null ? "" : "  (" + text(user.replay()) + ")"));
        } else if (event instanceof AgentMessage agent) {
            return EventLine.prose("agent", text(agent.text()) + "  [" + agent.latencyMs() + " ms]");
        } else if (event instanceof ToolCall call) {
            return EventLine.json("call", text(call.tool()) + " " + json(call.arguments()) + callNumber(call));
        } else if (event instanceof ToolResult result) {
            return EventLine.json("answer", text(result.tool()) + " " + result.status() + " " + json(result.result())
                    + " [" + result.latencyMs() + " ms]");
        } else if (event instanceof FaultInjected fault) {
            return EventLine.prose("fault", fault.kind().id() + " on " + text(fault.tool()) + ": " + text(fault.detail()));
        } else if (event instanceof StateChange change) {
            return EventLine.json("state", text(change.collection()) + " += " + json(change.record()) + " (by " + text(change.tool()) + ")");
        } else if (event instanceof ApprovalRequested approval) {
            return EventLine.json("approval", text(approval.approvalId()) + " " + text(approval.status()) + " " + json(approval.arguments()));
        } else if (event instanceof Escalation escalation) {
            return EventLine.json("hand-off", "ticket " + text(escalation.ticketId()) + " " + json(escalation.arguments()));
        } else if (event instanceof Usage usage) {
            String whose = usage.role() == Role.AGENT && usage.model() == null ? ""
                    : usage.role().id() + (usage.model() == null ? "" : " (" + text(usage.model()) + ")") + ": ";
            return EventLine.prose("usage", whose + usage.inputTokens() + " tokens in, " + usage.outputTokens() + " out, "
                    + usage.cost().map(c -> c.toPlainString() + " USD").orElse("unpriced"));
        } else if (event instanceof ErrorEvent error) {
            return EventLine.prose("ERROR", error.source().id() + ": " + text(error.message()));
        } else if (event instanceof ConversationEnd end) {
            String detail = end.detail() == null || end.detail().isBlank() ? "" : ": " + text(end.detail());
            return EventLine.prose("end", end.reason().id() + " after " + end.turns() + " user turn" + (end.turns() == 1 ? "" : "s") + detail);
        }
        throw new IllegalStateException("a trace event the transcript does not know: " + event.getClass().getName());
    }

    private static String callNumber(ToolCall call) {
        if (call.call() == 0) {
            return "  (refused by the gateway: its tools URL named another conversation)";
        }
        return call.call() > 1 ? "  (call " + call.call() + " of this tool)" : "";
    }

    /** Text from outside, as the terminal shows it: a CRLF line end as a newline, every other control character escaped. */
    static String text(String raw) {
        return raw == null ? "" : TerminalWriter.escape(raw.replace("\r\n", "\n"));
    }

    private String json(JsonNode node) {
        String compact = node == null ? "null" : Json.write(node);
        if (full || compact.length() <= CUT_AT) {
            return text(compact);
        }
        int end = Character.isHighSurrogate(compact.charAt(CUT_AT - 1)) ? CUT_AT - 1 : CUT_AT;
        return text(compact.substring(0, end)) + " ... [cut: " + compact.length() + " characters; --full shows them all]";
    }
}
