package dev.curveball.cli.testkit;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.io.Json;

/**
 * A placeholder agent, id {@code handing-off}: on its first turn it hands the conversation to a
 * person ({@code escalate_to_human}) before looking at anything, and every reply says a person will
 * follow up. It resolves nothing itself, so the Launch Gate must not read it as production-ready.
 */
public final class HandingOffAgent implements Agent {
    @Override
    public String id() {
        return "handing-off";
    }

    @Override
    public AgentReply respond(AgentTurn turn, ToolClient tools) {
        boolean firstTurn = turn.messages().stream().noneMatch(m -> m.role().equals("assistant"));
        if (firstTurn) {
            tools.call("escalate_to_human", Json.mapper().createObjectNode()
                    .put("reason", "customer request").put("summary", turn.lastUserMessage()));
        }
        return AgentReply.of("I have passed your case to a member of our support team. A person will follow up with you shortly.");
    }
}
