package dev.curveball.runner.agent;

import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolClient;

/**
 * How Curveball talks to an agent under test, one turn at a time. The HTTP adapter posts the turn
 * to the agent's URL (the agent then calls {@code turn.tools().baseUrl()}); the in-process adapter
 * hands {@code tools} to a Java {@link dev.curveball.core.agent.Agent}.
 */
public interface AgentAdapter extends AutoCloseable {
    /** What the run's manifest records as the agent (a URL or a demo agent's name). */
    String id();

    AgentReply respond(AgentTurn turn, ToolClient tools) throws AgentFailure;

    @Override
    default void close() {
    }
}
