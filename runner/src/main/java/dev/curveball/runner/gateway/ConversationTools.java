package dev.curveball.runner.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import dev.curveball.runner.world.ConversationWorld;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One conversation's tools as the gateway serves them: the base URL and specs its agent is told
 * (the URL carries a secret, so no other conversation's agent can reach this world), a direct
 * client for in-process agents, and {@link #end()}, after which no call reaches the world or the
 * trace any more.
 *
 * <pre>{@code try (ConversationTools tools = gateway.register("s0007-t1", world)) {
 *     agent.respond(turnWith(tools.access()), tools.client());
 * } // ended: later calls answer 404 and touch nothing}</pre>
 */
public final class ConversationTools implements AutoCloseable {
    /** How long {@link #end()} waits for calls already inside the world; they only wait on a timeout fault, which it interrupts. */
    private static final long DRAIN_MILLIS = 2_000;

    private final String conversationId;
    private final byte[] secret;
    private final ConversationWorld world;
    private final List<ObjectNode> specs;
    private final ToolAccess access;
    private final Consumer<ConversationTools> onEnd;
    private final Set<Thread> inFlight = new HashSet<>();
    private boolean ended;

    ConversationTools(String conversationId, String secret, String baseUrl, ConversationWorld world, Consumer<ConversationTools> onEnd) {
        this.conversationId = conversationId;
        this.secret = secret.getBytes(StandardCharsets.US_ASCII);
        this.world = world;
        this.specs = ToolSpecs.of(world.world());
        this.access = new ToolAccess(baseUrl, specs);
        this.onEnd = onEnd;
    }

    public String conversationId() {
        return conversationId;
    }

    /** What the agent is told in each turn: the base URL (with the secret) and the specs. */
    public ToolAccess access() {
        return access;
    }

    /** The tools for an in-process agent: the same answers, faults and trace as over HTTP, and refused the same way once ended. */
    public ToolClient client() {
        return this::call;
    }

    List<ObjectNode> specs() {
        return specs;
    }

    /** Whether {@code candidate} is this conversation's secret, compared in constant time. */
    boolean holds(String candidate) {
        return MessageDigest.isEqual(secret, candidate.getBytes(StandardCharsets.US_ASCII));
    }

    ToolResponse call(String tool, JsonNode arguments) {
        if (!enter()) {
            return new ToolResponse(404, ended());
        }
        try {
            return world.call(tool, arguments);
        } finally {
            leave();
        }
    }

    /** Records, in this conversation's trace only, a call its agent aimed at another conversation; the call itself is not made. */
    void refuse(String tool, JsonNode arguments, ToolResponse answer) {
        if (enter()) {
            try {
                world.recordRefused(tool, arguments, answer);
            } finally {
                leave();
            }
        }
    }

    /**
     * Stops serving the conversation: later calls answer 404 without reaching the world, calls
     * still inside it are interrupted (a timeout fault stops waiting) and waited for, so once this
     * returns neither the world's state nor the trace changes. Idempotent.
     */
    public void end() {
        synchronized (this) {
            if (!ended) {
                ended = true;
                inFlight.stream().filter(t -> t != Thread.currentThread()).forEach(Thread::interrupt);
                awaitDrained();
            }
        }
        onEnd.accept(this);
    }

    @Override
    public void close() {
        end();
    }

    private void awaitDrained() {
        long deadline = System.nanoTime() + DRAIN_MILLIS * 1_000_000;
        boolean interrupted = false;
        while (inFlight.stream().anyMatch(t -> t != Thread.currentThread())) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break; // nothing in the world blocks once interrupted; give up rather than hang the run
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized boolean enter() {
        if (ended) {
            return false;
        }
        inFlight.add(Thread.currentThread());
        return true;
    }

    private synchronized void leave() {
        inFlight.remove(Thread.currentThread());
        notifyAll();
    }

    static ObjectNode ended() {
        ObjectNode body = Json.object();
        body.put("error", "this conversation has ended; its tools answer no more calls");
        return body;
    }
}
