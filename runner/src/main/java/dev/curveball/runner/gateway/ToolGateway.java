package dev.curveball.runner.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.Json;
import dev.curveball.runner.world.ConversationWorld;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.Base64;
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
 * conversation gets its own base URL, {@code http://127.0.0.1:PORT/c/<conversation_id>/<secret>/tools},
 * where {@code GET} lists the tool specs and {@code POST .../<tool>} calls a tool in that
 * conversation's world (with its faults and trace). The secret (192 random bits) is what the
 * gateway serves by; the conversation id is there for people reading logs. A URL whose secret is
 * unknown or ended answers 404 and touches nothing; one whose secret is valid but whose path names
 * another conversation answers 404 too, and the attempt goes into the trace of the conversation
 * the secret was issued to. In-process agents get the same dispatch without HTTP through
 * {@link ConversationTools#client()}.
 *
 * <pre>{@code try (ToolGateway gateway = new ToolGateway();
 *      ConversationTools tools = gateway.register("s0007-t1", new ConversationWorld(acme, scenario, recorder))) {
 *     // the agent POSTs to tools.access().baseUrl() + "/get_order" ...
 * }}</pre>
 */
public final class ToolGateway implements AutoCloseable {
    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9._-]+");
    private static final int BACKLOG = 512;
    private static final int SECRET_BYTES = 24;

    private final HttpServer server;
    private final ExecutorService threads;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, ConversationTools> conversations = new ConcurrentHashMap<>();

    /** Where a tools URL leads: the conversation it serves, the one whose secret it misuses, or nowhere. */
    sealed interface Route {
        record Served(ConversationTools tools) implements Route {
        }

        record Misdirected(ConversationTools owner) implements Route {
        }

        record Unknown() implements Route {
        }
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

    /** Serves {@code world} under {@code conversationId} with a fresh secret, until the answer is ended. */
    public ConversationTools register(String conversationId, ConversationWorld world) {
        if (!acceptsConversationId(conversationId)) {
            throw new IllegalArgumentException("conversation id must be letters, digits, '.', '_' or '-', was '" + conversationId + "'");
        }
        String secret = newSecret();
        String baseUrl = "http://127.0.0.1:" + port() + ToolRoutes.PREFIX + conversationId + "/" + secret + "/tools";
        ConversationTools tools = new ConversationTools(conversationId, secret, baseUrl, world,
                ended -> conversations.remove(ended.conversationId(), ended));
        if (conversations.putIfAbsent(conversationId, tools) != null) {
            throw new IllegalStateException("conversation '" + conversationId + "' is already registered");
        }
        return tools;
    }

    /**
     * Where {@code /c/<conversationId>/<secret>/tools} leads. Every live secret is compared in
     * constant time when the path's conversation does not hold it, so a wrong guess learns nothing.
     */
    Route route(String conversationId, String secret) {
        ConversationTools named = conversations.get(conversationId);
        if (named != null && named.holds(secret)) {
            return new Route.Served(named);
        }
        Optional<ConversationTools> owner = conversations.values().stream().filter(t -> t.holds(secret)).findFirst();
        return owner.<Route>map(Route.Misdirected::new).orElseGet(Route.Unknown::new);
    }

    /** The 404 of a tools URL that leads nowhere: it says nothing about which conversations exist. */
    static ObjectNode unknownUrl() {
        ObjectNode body = Json.object();
        body.put("error", "no conversation is served at this tools URL (it has ended, or the URL was altered); "
                + "call tools.base_url exactly as the current turn gives it");
        return body;
    }

    /** The 404 of a valid secret under another conversation's id; the id shown is the one the agent wrote. */
    static ToolResponse misdirected(String namedConversation) {
        String named = acceptsConversationId(namedConversation) && namedConversation.length() <= 80
                ? "conversation '" + namedConversation + "'" : "another conversation";
        ObjectNode body = Json.object();
        body.put("error", "refused: this tools URL was altered to name " + named + "; this conversation's tools are "
                + "only at the tools.base_url it was given, and the call was not made");
        return new ToolResponse(404, body);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** URL-safe, unpadded: 32 characters for 192 bits. */
    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
