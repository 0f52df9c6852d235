package dev.curveball.core.agent;

import dev.curveball.core.trace.EndReason;

/**
 * An agent a JVM team implements in-process: Curveball hands it each turn of a conversation (the
 * whole conversation so far, the user it acts for, its memory and its tools) and plays what it
 * answers to the simulated user. Run it with {@code curveball run --agent <id>} (implementations
 * are found through {@link java.util.ServiceLoader} by {@link #id()}, listed in
 * {@code META-INF/services/dev.curveball.core.agent.Agent}), or from the team's own JUnit 5 tests
 * with the {@code curveball-junit} extension, which needs no service file. An exception thrown here
 * makes that conversation an ERROR, never a crashed run.
 *
 * <p>One instance plays every conversation of a run, several at a time when the run is parallel:
 * keep per-conversation state keyed by {@link AgentTurn#conversationId()} (and free it in
 * {@link #conversationEnded}), or keep none and read the conversation from the turn.
 *
 * <pre>{@code public final class OrderStatusAgent implements Agent {
 *     private static final Pattern ORDER = Pattern.compile("\\b[A-Z]-\\d{4}\\b");
 *
 *     public String id() { return "order-status"; }
 *
 *     public AgentReply respond(AgentTurn turn, ToolClient tools) {
 *         Matcher id = ORDER.matcher(turn.lastUserMessage());
 *         if (!id.find()) {
 *             return AgentReply.of("Which order is it about? The number looks like A-1234.");
 *         }
 *         ToolResponse order = tools.call("get_order", Map.of("order_id", id.group()));
 *         if (!order.ok()) {
 *             return AgentReply.of("I could not read order " + id.group() + " (" + order.error() + ").");
 *         }
 *         return AgentReply.of("Order " + id.group() + " is " + order.text("status") + ".");
 *     }
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
