package dev.curveball.results.testkit;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolClient;

/** An in-process agent for run tests, id {@code refunding}: claims every refund done, calling no tool. */
public final class RefundingAgent implements Agent {
    @Override
    public String id() {
        return "refunding";
    }

    @Override
    public AgentReply respond(AgentTurn turn, ToolClient tools) {
        return AgentReply.of("Done: your refund has been issued.");
    }
}
