package dev.curveball.runner.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.Json;
import dev.curveball.runner.world.ConversationWorld;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The tool gateway: one HTTP server on loopback for every conversation of a run. Each
 * conversation gets its own base URL, {@code http://127.0.0.1:PORT/c/<conversation_id>/tools},
 * where {@code GET} lists the tool specs and {@code POST .../<tool>} calls a tool in that
 * conversation's world (with its faults and trace). In-process agents get the same dispatch
 * without HTTP through {@link #directClient(String)}.
 *
 * <pre>{@code try (ToolGateway gateway = new ToolGateway()) {
 *     ToolAccess access = gateway.register("s0007-t1", new ConversationWorld(acme, scenario, recorder));
 *     // the agent POSTs to access.baseUrl() + "/get_order" ...
 *     gateway.unregister("s0007-t1");
 * }}</pre>
 */
public final class ToolGateway implements AutoCloseable {
    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9._-]+");
    private static final int BACKLOG = 512;

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Registration> conversations = new ConcurrentHashMap<>();

    /** A conversation the gateway serves: its world and the specs it hands out. */
    record Registration(ConversationWorld world, List<ObjectNode> specs) {
    }

    /** Starts the gateway on 127.0.0.1, on a free port. */
    public ToolGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
        } catch (IOException e) {
            throw CurveballException.infrastructure("cannot start the tool gateway on 127.0.0.1: " + e.getMessage());
        }
        // Unbounded on purpose: a timeout fault parks its request thread, and one parked
        // conversation must not stall the others.
        threads = Executors.newCachedThreadPool(daemonThreads());
        server.setExecutor(threads);
        server.createContext(ToolRoutes.PREFIX, new ToolRoutes(this));
        server.start();
    }

    /** Whether {@code conversationId} can travel in a base_url: letters, digits, '.', '_' and '-'. */
    public static boolean acceptsConversationId(String conversationId) {
        return conversationId != null && CONVERSATION_ID.matcher(conversationId).matches();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Serves {@code world} under {@code conversationId}; the answer is what the agent is told in its turn. */
    public ToolAccess register(String conversationId, ConversationWorld world) {
        if (!acceptsConversationId(conversationId)) {
            throw new IllegalArgumentException("conversation id must be letters, digits, '.', '_' or '-', was '" + conversationId + "'");
        }
        Registration registration = new Registration(world, ToolSpecs.of(world.world()));
        if (conversations.putIfAbsent(conversationId, registration) != null) {
            throw new IllegalStateException("conversation '" + conversationId + "' is already registered");
        }
        return new ToolAccess(baseUrl(conversationId), registration.specs());
    }

    /** Stops serving the conversation; later calls for it answer 404. */
    public void unregister(String conversationId) {
        conversations.remove(conversationId);
    }

    public String baseUrl(String conversationId) {
        return "http://127.0.0.1:" + port() + ToolRoutes.PREFIX + conversationId + "/tools";
    }

    /** The conversation's tools for an in-process agent: the same answers, faults and trace as over HTTP. */
    public ToolClient directClient(String conversationId) {
        return (tool, arguments) -> call(conversationId, tool, arguments);
    }

    Optional<Registration> registration(String conversationId) {
        return Optional.ofNullable(conversations.get(conversationId));
    }

    ToolResponse call(String conversationId, String tool, JsonNode arguments) {
        return registration(conversationId)
                .map(r -> r.world().call(tool, arguments))
                .orElseGet(() -> new ToolResponse(404, unknownConversation(conversationId)));
    }

    static ObjectNode unknownConversation(String conversationId) {
        ObjectNode body = Json.object();
        body.put("error", "unknown conversation '" + conversationId + "' (it has ended or was never started)");
        return body;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "curveball-gateway-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
