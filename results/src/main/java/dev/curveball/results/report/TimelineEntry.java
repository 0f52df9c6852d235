package dev.curveball.results.report;

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
 * One trace event as the report shows it: which side it is on (what the user and the agent said
 * is the transcript, the rest the trace timeline), its kind (a CSS class), a one-line head and the
 * text or JSON it carries, cut at {@link #CUT_AT} characters. Plain text, not yet escaped.
 *
 * <pre>{@code TimelineEntry.of(toolResult)  // TimelineEntry[said=false, kind=tool-failed, head=tool_result get_invoice: 504 (30 ms), body={"error":...}]}</pre>
 */
record TimelineEntry(boolean said, String kind, String head, String body) {
    /** JSON longer than this is cut: a 1,000-conversation report must stay a page a browser opens. */
    static final int CUT_AT = 1_500;

    static TimelineEntry of(TraceEvent event) {
        if (event instanceof UserMessage m) {
            return new TimelineEntry(true, "user", "user" + (m.tactic() == null ? "" : " (" + m.tactic() + ")"), m.text());
        }
        if (event instanceof AgentMessage m) {
            return new TimelineEntry(true, "agent", "agent (" + m.latencyMs() + " ms)", m.text());
        }
        if (event instanceof ToolCall c) {
            return new TimelineEntry(false, "tool-call", "tool_call " + c.tool() + " #" + c.call(), json(c.arguments()));
        }
        if (event instanceof ToolResult r) {
            return new TimelineEntry(false, r.ok() ? "tool-result" : "tool-failed",
                    "tool_result " + r.tool() + ": " + r.status() + " (" + r.latencyMs() + " ms)", json(r.result()));
        }
        if (event instanceof FaultInjected f) {
            return new TimelineEntry(false, "fault", "fault_injected " + f.kind().id() + " on " + f.tool(), f.detail());
        }
        if (event instanceof StateChange s) {
            return new TimelineEntry(false, "state", "state_change " + s.collection() + " by " + s.tool(), json(s.record()));
        }
        if (event instanceof ApprovalRequested a) {
            return new TimelineEntry(false, "approval", "approval_requested " + a.approvalId() + ": " + a.status(), json(a.arguments()));
        }
        if (event instanceof Escalation e) {
            return new TimelineEntry(false, "handoff", "escalation (hand-off) " + e.ticketId(), json(e.arguments()));
        }
        if (event instanceof Usage u) {
            return new TimelineEntry(false, "usage", "usage (" + u.role().id() + ") " + u.inputTokens() + " in, " + u.outputTokens()
                    + " out tokens, " + u.cost().map(c -> "$" + c.toPlainString()).orElse("unpriced"), "");
        }
        if (event instanceof ErrorEvent e) {
            return new TimelineEntry(false, "error", "error (" + (e.source() == null ? "?" : e.source().id()) + ")", e.message());
        }
        if (event instanceof ConversationEnd e) {
            return new TimelineEntry(false, "end", "conversation_end " + (e.reason() == null ? "?" : e.reason().id()) + " after "
                    + e.turns() + " turns", e.detail());
        }
        throw new IllegalStateException("a trace event the report does not show: " + event.getClass().getSimpleName());
    }

    private static String json(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        return cut(node.isTextual() ? node.asText() : Json.write(node));
    }

    static String cut(String text) {
        if (text == null || text.length() <= CUT_AT) {
            return text == null ? "" : text;
        }
        return text.substring(0, CUT_AT) + " ... (" + (text.length() - CUT_AT) + " more characters in traces.jsonl)";
    }
}
