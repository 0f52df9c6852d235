package dev.curveball.runner.agent;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ReportedUsage;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.model.KeyMask;
import dev.curveball.core.trace.EndReason;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Java {@link Agent} running in Curveball's JVM. It calls its tools through the
 * {@link ToolClient} it is handed (the gateway's direct client), so faults and trace are the same
 * as over HTTP. Whatever the agent throws ends the conversation as an ERROR, not the run.
 *
 * <p>Each turn runs on a thread of its own and is bounded by the turn timeout, like an HTTP
 * agent's answer: past it the turn's tools are closed, its thread is interrupted, and the
 * conversation ends as an ERROR. A thread that ignores the interruption cannot be stopped; at most
 * {@value #MAX_OVERDUE_TURNS} such turns are left running before the agent gets no more turns.
 *
 * <pre>{@code AgentAdapter adapter = new InProcessAgentAdapter(new EchoAgent(), Duration.ofSeconds(60));
 * adapter.respond(turn, tools.client());}</pre>
 */
public final class InProcessAgentAdapter implements AgentAdapter {
    static final int MAX_OVERDUE_TURNS = 8;
    private static final Duration DEFAULT_TURN_TIMEOUT = Duration.ofSeconds(60);

    private final Agent agent;
    private final Duration turnTimeout;
    private final ExecutorService threads;
    private final AtomicInteger overdue = new AtomicInteger();

    /** With the default turn timeout of 60 s. */
    public InProcessAgentAdapter(Agent agent) {
        this(agent, DEFAULT_TURN_TIMEOUT);
    }

    public InProcessAgentAdapter(Agent agent, Duration turnTimeout) {
        this.agent = agent;
        this.turnTimeout = turnTimeout;
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "curveball-agent-" + agent.id());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public String id() {
        return agent.id();
    }

    @Override
    public AgentReply respond(AgentTurn turn, ToolClient tools) throws AgentFailure {
        if (overdue.get() >= MAX_OVERDUE_TURNS) {
            throw new AgentFailure("agent '" + agent.id() + "' still has " + overdue.get() + " turns running past the turn timeout"
                    + " (they ignore interruption); no more turns are started", false);
        }
        InProcessTurn running = new InProcessTurn(agent, turn, tools, overdue);
        Future<AgentReply> answer = threads.submit(running::run);
        try {
            return reply(answer.get(turnTimeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            running.abandon();
            answer.cancel(true);
            throw new AgentFailure("agent '" + agent.id() + "' did not answer the turn within " + turnTimeout.toMillis() / 1000.0
                    + " s; the turn was interrupted and its tools closed", false, e);
        } catch (InterruptedException e) {
            running.abandon();
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new AgentFailure("interrupted while waiting for agent '" + agent.id() + "'", false, e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    /** On one of the agent's threads, not waited for: whatever the agent does with the news is its own business. */
    @Override
    public void conversationEnded(String conversationId, EndReason reason) {
        try {
            threads.execute(() -> {
                try {
                    agent.conversationEnded(conversationId, reason);
                } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError ignored) {
                    // the trace is complete; an agent failing to tidy up changes nothing
                }
            });
        } catch (RejectedExecutionException closed) {
            // the run is over; nobody is left to tell
        }
    }

    private AgentReply reply(AgentReply reply) throws AgentFailure {
        if (reply == null) {
            throw new AgentFailure("agent '" + agent.id() + "' returned no reply (null)", false);
        }
        return reply;
    }

    private AgentFailure failure(Throwable thrown) {
        if (thrown instanceof VirtualMachineError error && !(error instanceof StackOverflowError)) {
            throw error; // the JVM itself is in trouble (out of memory): no conversation can go on
        }
        if (thrown instanceof InterruptedException) {
            return new AgentFailure("agent '" + agent.id() + "' was interrupted", false, thrown);
        }
        if (thrown instanceof ReportedUsage.Invalid) {
            // The agent built a usage that cannot be true: the same protocol error as over HTTP.
            return new AgentFailure("agent '" + agent.id() + "' reported an invalid usage: " + thrown.getMessage(), false, thrown);
        }
        // The message may pass on a model provider's refusal of the agent's key; it goes into the trace.
        return new AgentFailure("agent '" + agent.id() + "' threw " + thrown.getClass().getSimpleName()
                + (thrown.getMessage() == null ? "" : ": " + KeyMask.mask(thrown.getMessage())), false, thrown);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
