package dev.curveball.core.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.category.Category;
import java.util.List;

/**
 * A production transcript to turn into a golden case ({@code curveball golden import-incident}):
 * who the user was, the messages in order (user and assistant turns, the assistant's tool calls and
 * the tools' answers), what went wrong and, optionally, what would have satisfied the user. The
 * JSON shape and its schema ({@code incident.schema.json}) are in {@code docs/golden.md}.
 *
 * <pre>{@code {"id":"INC-2291","user":{"id":"C-1001","role":"customer"},
 *  "messages":[{"role":"user","content":"Refund my headphones, order A-5001"},
 *              {"role":"assistant","tool_calls":[{"id":"call_1","name":"issue_refund","arguments":{"order_id":"A-5001","amount":249.0,"reason":"unopened"}}]},
 *              {"role":"tool","tool_call_id":"call_1","content":"{\"refund_id\":\"RF-9\",\"status\":\"issued\"}"},
 *              {"role":"assistant","content":"Done, refund RF-9 issued."}],
 *  "failure":{"check":"approval-required","description":"refund above 100 issued without approval"}}}</pre>
 */
public record Incident(String id, String world, AuthUser user, List<Message> messages, Failure failure,
                       List<Category> tags, List<Resolution> outcome) {
    public Incident {
        messages = List.copyOf(messages == null ? List.of() : messages);
        tags = List.copyOf(tags == null ? List.of() : tags);
        outcome = List.copyOf(outcome == null ? List.of() : outcome);
    }

    /** One message: a user or assistant turn, an assistant's tool calls, or a tool's answer to one call. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Message(String role, String content, List<ToolCall> toolCalls, String toolCallId, Integer status) {
        public Message {
            toolCalls = List.copyOf(toolCalls == null ? List.of() : toolCalls);
        }
    }

    /** A tool call the assistant made, by the id its answer names. */
    public record ToolCall(String id, String name, JsonNode arguments) {
    }

    /** What went wrong: a check that should fail on it (optional) and what a person said happened. */
    public record Failure(String check, String description) {
    }
}
