package dev.curveball.runner.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One turn of an in-process agent on its own thread. Once the adapter gives up on it
 * ({@link #abandon()}), the tools it was handed refuse every call, and it counts as overdue until
 * its thread is done.
 */
final class InProcessTurn {
    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int ABANDONED = 3;

    private final Agent agent;
    private final AgentTurn turn;
    private final ToolClient tools;
    private final AtomicInteger overdue;
    private final AtomicInteger state = new AtomicInteger(NEW);

    InProcessTurn(Agent agent, AgentTurn turn, ToolClient tools, AtomicInteger overdue) {
        this.agent = agent;
        this.turn = turn;
        this.tools = tools;
        this.overdue = overdue;
    }

    AgentReply run() throws Exception {
        if (!state.compareAndSet(NEW, RUNNING)) {
            throw new CancellationException("the turn was given up before it started");
        }
        try {
            return agent.respond(turn, this::call);
        } finally {
            if (!state.compareAndSet(RUNNING, DONE)) {
                overdue.decrementAndGet();
            }
        }
    }

    /** The adapter stopped waiting: no more tool calls, and overdue while the thread runs on. */
    void abandon() {
        if (state.compareAndSet(RUNNING, ABANDONED)) {
            overdue.incrementAndGet();
        } else {
            state.compareAndSet(NEW, ABANDONED);
        }
    }

    private ToolResponse call(String tool, JsonNode arguments) {
        if (state.get() == ABANDONED) {
            ObjectNode body = Json.object();
            body.put("error", "this turn has ended (it ran past the turn timeout); the call was not made");
            return new ToolResponse(404, body);
        }
        return tools.call(tool, arguments);
    }
}
