package dev.curveball.cli.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

/**
 * An agent speaking {@code curveball.agent/1} over real HTTP on loopback whose answer to each turn
 * is a script's: {@code ScriptedHttpAgent.answering((turn, tools) -> "{\"reply\":\"Hi\"}")}. The
 * script may call the turn's tools through {@link Tools#call}, with any body, however large.
 */
public final class ScriptedHttpAgent implements AutoCloseable {
    private final HttpServer server;
    private final BiFunction<JsonNode, Tools, String> script;

    /** The tool gateway of one turn. */
    public static final class Tools {
        private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String baseUrl;

        private Tools(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        /** POSTs {@code body} to the tool; returns the gateway's status. */
        public int call(String tool, String body) {
            try {
                return CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl + "/" + tool)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private ScriptedHttpAgent(BiFunction<JsonNode, Tools, String> script) throws IOException {
        this.script = script;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/agent", this::handle);
        server.start();
    }

    /** Answers every turn 200 with the body {@code script} returns for it. */
    public static ScriptedHttpAgent answering(BiFunction<JsonNode, Tools, String> script) throws IOException {
        return new ScriptedHttpAgent(script);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/agent";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode turn = Json.mapper().readTree(exchange.getRequestBody());
            byte[] body = script.apply(turn, new Tools(turn.path("tools").path("base_url").asText())).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
