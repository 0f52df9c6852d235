package dev.curveball.junit;

import dev.curveball.core.io.Json;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.UserMessage;
import dev.curveball.results.EventLabel;

/**
 * A trace event as evidence on one line: its label ({@code tool_call of issue_refund}) and what it
 * holds: the words quoted for a message, the arguments or answer for a tool, the message of an
 * error. Text from outside is quoted as a JSON string (escapes included, so a newline or a control
 * character cannot break the line) and cut after {@value #CUT_AT} characters.
 */
final class EvidenceText {
    static final int CUT_AT = 300;

    private EvidenceText() {
    }

    static String of(Trace trace, int index) {
        String label = trace == null ? "not in the trace" : EventLabel.of(trace, index);
        if (trace == null || index < 0 || index >= trace.events().size()) {
            return label;
        }
        String detail = detail(trace.events().get(index));
        return detail.isEmpty() ? label : label + ": " + detail;
    }

    /** {@code "the words"}, escaped and cut. */
    static String quoted(String words) {
        return Json.write(cut(words == null ? "" : words));
    }

    private static String detail(TraceEvent event) {
        if (event instanceof AgentMessage agent) {
            return quoted(agent.text());
        } else if (event instanceof UserMessage user) {
            return quoted(user.text());
        } else if (event instanceof ToolCall call) {
            return cut(Json.write(call.arguments()));
        } else if (event instanceof ToolResult result) {
            return result.status() + " " + cut(Json.write(result.result()));
        } else if (event instanceof ErrorEvent error) {
            return quoted(error.message());
        }
        return "";
    }

    private static String cut(String text) {
        return text.length() <= CUT_AT ? text : text.substring(0, CUT_AT) + "... (" + text.length() + " characters)";
    }
}
