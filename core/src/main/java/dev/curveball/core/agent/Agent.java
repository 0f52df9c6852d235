package dev.curveball.core.agent;

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
}
