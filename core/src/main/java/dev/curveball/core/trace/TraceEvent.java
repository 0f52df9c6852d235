package dev.curveball.core.trace;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * One timestamped event of a conversation. {@code type} is the JSON discriminator. Code that
 * handles events switches over all of them, so a new type breaks the build where it must be
 * handled.
 *
 * <pre>{@code {"type":"tool_call","at":"2026-11-26T10:00:00Z","call_id":"c3","tool":"get_order","arguments":{...}}}</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = UserMessage.class, name = "user_message"),
    @JsonSubTypes.Type(value = AgentMessage.class, name = "agent_message"),
    @JsonSubTypes.Type(value = ToolCall.class, name = "tool_call"),
    @JsonSubTypes.Type(value = ToolResult.class, name = "tool_result"),
    @JsonSubTypes.Type(value = FaultInjected.class, name = "fault_injected"),
    @JsonSubTypes.Type(value = StateChange.class, name = "state_change"),
    @JsonSubTypes.Type(value = ApprovalRequested.class, name = "approval_requested"),
    @JsonSubTypes.Type(value = Escalation.class, name = "escalation"),
    @JsonSubTypes.Type(value = Usage.class, name = "usage"),
    @JsonSubTypes.Type(value = ErrorEvent.class, name = "error"),
    @JsonSubTypes.Type(value = ConversationEnd.class, name = "conversation_end"),
})
public sealed interface TraceEvent
        permits UserMessage, AgentMessage, ToolCall, ToolResult, FaultInjected, StateChange,
                ApprovalRequested, Escalation, Usage, ErrorEvent, ConversationEnd {

    Instant at();
}
