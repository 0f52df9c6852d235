package dev.curveball.bench;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolClient;

/**
 * An in-process agent that costs nothing: no model, no tool call, one fixed careful answer, so a
 * run against it measures the harness alone (the simulated user, the world, the judge, the files).
 * Registered for {@code --agent zero-cost} where the bench module is on the classpath.
 */
public final class ZeroCostAgent implements Agent {
    public static final String ID = "zero-cost";
    private static final AgentReply REPLY = AgentReply.of(
            "Could you tell me a little more about what happened, and which order it concerns?");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public AgentReply respond(AgentTurn turn, ToolClient tools) {
        return REPLY;
    }
}
