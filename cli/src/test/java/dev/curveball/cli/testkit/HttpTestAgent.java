package dev.curveball.cli.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An agent under test that speaks {@code curveball.agent/1} over real HTTP on loopback. For each
 * turn it lists the customer's orders through the tool gateway it was handed, then answers. A
 * {@link Behaviour} decides per conversation whether it answers properly, with a 500, or with
 * garbage. It records every turn it received, and apart from them the {@code conversation_end}
 * messages (answered 204). Started with {@link #requiring}, it answers 401 to any request whose
 * {@code Authorization} header is not the one it expects, quoting back what it got (as careless
 * servers do), and records every {@code Authorization} it saw.
 */
public final class HttpTestAgent implements AutoCloseable {

    public enum Behaviour { ANSWER, FAIL_500, GARBAGE }

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Function<String, Behaviour> behaviourByConversation;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<JsonNode> endNotices = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final String requiredAuthorization;

    private HttpTestAgent(Function<String, Behaviour> behaviourByConversation, String requiredAuthorization) throws IOException {
        this.behaviourByConversation = behaviourByConversation;
        this.requiredAuthorization = requiredAuthorization;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/agent", this::handle);
        server.start();
    }

    public static HttpTestAgent start(Function<String, Behaviour> behaviourByConversation) throws IOException {
        return new HttpTestAgent(behaviourByConversation, null);
    }

    /** An agent that answers only requests carrying {@code Authorization: <authorization>}, 401 otherwise. */
    public static HttpTestAgent requiring(String authorization, Function<String, Behaviour> behaviourByConversation) throws IOException {
        return new HttpTestAgent(behaviourByConversation, authorization);
    }

    public List<JsonNode> endNotices() {
        return List.copyOf(endNotices);
    }

    /** The {@code Authorization} header of every request ("" when absent). */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/agent";
    }

    public List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode turn = Json.mapper().readTree(exchange.getRequestBody());
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(authorization == null ? "" : authorization);
            if (requiredAuthorization != null && !requiredAuthorization.equals(authorization)) {
                send(exchange, 401, Json.write(Json.object().put("error", "not authorized: '" + authorizations.get(authorizations.size() - 1) + "'")));
                return;
            }
            if (turn.path("type").asText().equals("conversation_end")) {
                endNotices.add(turn);
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            requests.add(turn);
            Behaviour behaviour = behaviourByConversation.apply(turn.path("conversation_id").asText());
            switch (behaviour) {
                case FAIL_500 -> send(exchange, 500, "{\"error\":\"model overloaded\"}");
                case GARBAGE -> send(exchange, 200, "<html>definitely not json");
                default -> send(exchange, 200, answer(turn));
            }
        }
    }

    private String answer(JsonNode turn) {
        String base = turn.path("tools").path("base_url").asText();
        String customer = turn.path("user").path("id").asText();
        String orders;
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/list_orders"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"customer_id\":\"" + customer + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            orders = response.statusCode() + " " + Json.mapper().readTree(response.body()).path("orders").size() + " orders";
        } catch (IOException | InterruptedException e) {
            orders = "tools unreachable";
        }
        var reply = Json.object().put("reply", "I checked your account (" + orders + "). Could you tell me your order number?");
        reply.putObject("usage").put("input_tokens", 120).put("output_tokens", 30).put("cost_usd", 0.0004);
        return Json.write(reply);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
