package dev.curveball.runner.agent;

import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.trace.EndReason;
import java.util.Optional;

/**
 * How Curveball talks to an agent under test, one turn at a time. The HTTP adapter posts the turn
 * to the agent's URL (the agent then calls {@code turn.tools().baseUrl()}); the in-process adapter
 * hands {@code tools} to a Java {@link dev.curveball.core.agent.Agent}.
 */
public interface AgentAdapter extends AutoCloseable {
    /** What the run's manifest records as the agent (a URL or a demo agent's name). */
    String id();

    AgentReply respond(AgentTurn turn, ToolClient tools) throws AgentFailure;

    /** The model Curveball calls for this agent ({@code provider:name}), for a hosted model agent; empty for the others. */
    default Optional<String> model() {
        return Optional.empty();
    }

    /**
     * Tells the agent that conversation {@code conversationId} has ended (its tools already answer
     * no more calls), so it can free what it keeps for it. Best effort: it never throws, never
     * holds up the run for long, and nothing it learns changes the trace or the verdict.
     */
    default void conversationEnded(String conversationId, EndReason reason) {
    }

    @Override
    default void close() {
    }
}
