package dev.curveball.runner.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

/**
 * A real HTTP agent on loopback whose every turn is a function of the turn's JSON: it may call
 * tools over HTTP (any URL it likes, through {@link Tools}) before it replies. A
 * {@code conversation_end} message is no turn: it is answered 204 and kept in {@link #endNotices()}.
 * Each request's {@code Authorization} header is kept in {@link #authorizations()}.
 *
 * <pre>{@code try (ScriptedHttpAgent agent = ScriptedHttpAgent.thatAnswers((turn, tools) -> {
 *     tools.post(turn.path("tools").path("base_url").asText() + "/get_order", "{\"order_id\":\"A-5001\"}");
 *     return "Your order is on its way.";
 * })) { new HttpAgentAdapter(agent.uri(), Duration.ofSeconds(5)) ... }}</pre>
 */
public final class ScriptedHttpAgent implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;
    private final BiFunction<JsonNode, Tools, String> turns;
    private final Tools tools = new Tools();
    private final List<JsonNode> endNotices = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    /** The agent's own HTTP client for tool calls: {@link #post} answers the status. */
    public static final class Tools {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        public int post(String url, String json) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
                return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private ScriptedHttpAgent(BiFunction<JsonNode, Tools, String> turns) {
        this.turns = turns;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "scripted-http-agent");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    /** Answers each turn {@code {"reply": turns(turn, tools)}}. */
    public static ScriptedHttpAgent thatAnswers(BiFunction<JsonNode, Tools, String> turns) {
        return new ScriptedHttpAgent(turns);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/turn");
    }

    /** The {@code conversation_end} messages received, in order. */
    public List<JsonNode> endNotices() {
        return List.copyOf(endNotices);
    }

    /** The {@code Authorization} header of every request, turns and end messages ("" when absent). */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode turn = TestJson.read(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(authorization == null ? "" : authorization);
            if (turn.path("type").asText().equals("conversation_end")) {
                endNotices.add(turn);
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            byte[] bytes = Json.write(Map.of("reply", turns.apply(turn, tools))).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
