package dev.curveball.core.agent;

import dev.curveball.core.trace.EndReason;

/**
 * An agent a JVM team implements in-process (also usable from JUnit 5 tests). Implementations are
 * found through {@link java.util.ServiceLoader} by {@link #id()}, so {@code --agent <id>} picks one.
 * An exception thrown here makes that conversation an ERROR, never a crashed run.
 *
 * <pre>{@code public final class EchoAgent implements Agent {
 *     public String id() { return "echo"; }
 *     public AgentReply respond(AgentTurn turn, ToolClient tools) { return AgentReply.of(turn.lastUserMessage()); }
 * }}</pre>
 */
public interface Agent {
    String id();

    default String description() {
        return id();
    }

    AgentReply respond(AgentTurn turn, ToolClient tools) throws Exception;

    /**
     * Called once a conversation has ended, so an agent that keeps state per conversation can free
     * it; the default does nothing. Its tools answer no more calls by then, and whatever this does
     * or throws changes neither the trace nor the verdict.
     */
    default void conversationEnded(String conversationId, EndReason reason) {
    }
}
