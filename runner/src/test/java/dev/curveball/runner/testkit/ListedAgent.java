package dev.curveball.runner.testkit;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolClient;

/** An in-process agent for ServiceLoader tests: id {@code listed-echo}, echoes the user's last message. */
public final class ListedAgent implements Agent {
    @Override
    public String id() {
        return "listed-echo";
    }

    @Override
    public AgentReply respond(AgentTurn turn, ToolClient tools) {
        return AgentReply.of("echo: " + turn.lastUserMessage());
    }
}
