package dev.curveball.runner.agent;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ReportedUsage;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.model.KeyMask;

/**
 * A Java {@link Agent} running in Curveball's JVM. It calls its tools through the
 * {@link ToolClient} it is handed (the gateway's direct client), so faults and trace are the same
 * as over HTTP. Whatever the agent throws ends the conversation as an ERROR, not the run.
 *
 * <pre>{@code AgentAdapter adapter = new InProcessAgentAdapter(new EchoAgent());
 * adapter.respond(turn, gateway.directClient(turn.conversationId()));}</pre>
 */
public final class InProcessAgentAdapter implements AgentAdapter {
    private final Agent agent;

    public InProcessAgentAdapter(Agent agent) {
        this.agent = agent;
    }

    @Override
    public String id() {
        return agent.id();
    }

    @Override
    public AgentReply respond(AgentTurn turn, ToolClient tools) throws AgentFailure {
        AgentReply reply;
        try {
            reply = agent.respond(turn, tools);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgentFailure("agent '" + agent.id() + "' was interrupted", false, e);
        } catch (ReportedUsage.Invalid e) {
            // The agent built a usage that cannot be true: the same protocol error as over HTTP.
            throw new AgentFailure("agent '" + agent.id() + "' reported an invalid usage: " + e.getMessage(), false, e);
        } catch (Exception e) {
            // The message may pass on a model provider's refusal of the agent's key; it goes into the trace.
            throw new AgentFailure("agent '" + agent.id() + "' threw " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + KeyMask.mask(e.getMessage())), false, e);
        }
        if (reply == null) {
            throw new AgentFailure("agent '" + agent.id() + "' returned no reply (null)", false);
        }
        return reply;
    }
}
