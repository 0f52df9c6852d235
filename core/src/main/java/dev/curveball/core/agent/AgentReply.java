package dev.curveball.core.agent;

import dev.curveball.core.error.Require;

/** An agent's answer to a turn: {@code {"reply": "...", "usage": {...}}}, usage may be null. */
public record AgentReply(String reply, ReportedUsage usage) {
    public AgentReply {
        Require.present(reply, "reply");
    }

    public static AgentReply of(String reply) {
        return new AgentReply(reply, null);
    }
}
