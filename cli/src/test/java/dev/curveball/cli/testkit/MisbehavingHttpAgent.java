package dev.curveball.cli.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An agent on loopback HTTP that answers each turn as {@code answers} says for its conversation:
 * any status, any body (JSON or not), after any delay, so a test can play the ways a real agent
 * breaks: {@code MisbehavingHttpAgent.answering(id -> Answer.of(200, "hello there"))}.
 */
public final class MisbehavingHttpAgent implements AutoCloseable {
    private final HttpServer server;
    private final Function<String, Answer> answers;
    private final boolean turnsOnly;
    private int inFlight;
    private int mostInFlight;

    /** What the agent sends back for one turn; {@code retryAfter} (null: none) goes out as a {@code Retry-After} header. */
    public record Answer(int status, String body, Duration delay, String retryAfter) {
        public static Answer of(int status, String body) {
            return new Answer(status, body, Duration.ZERO, null);
        }

        public static Answer after(Duration delay, String body) {
            return new Answer(200, body, delay, null);
        }

        public Answer withRetryAfter(String value) {
            return new Answer(status, body, delay, value);
        }
    }

    private MisbehavingHttpAgent(Function<String, Answer> answers, boolean turnsOnly) throws IOException {
        this.answers = answers;
        this.turnsOnly = turnsOnly;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/agent", this::handle);
        server.start();
    }

    /** {@code answers} maps a conversation id ({@code s0002-t1}) to its answer. */
    public static MisbehavingHttpAgent answering(Function<String, Answer> answers) throws IOException {
        return new MisbehavingHttpAgent(answers, false);
    }

    /** As {@link #answering}, asked for turns only: a {@code conversation_end} message gets 204 without {@code answers} being asked. */
    public static MisbehavingHttpAgent answeringTurns(Function<String, Answer> answers) throws IOException {
        return new MisbehavingHttpAgent(answers, true);
    }

    /** The most turns this agent was answering at once. */
    public synchronized int mostInFlight() {
        return mostInFlight;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/agent";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode turn = Json.mapper().readTree(exchange.getRequestBody());
            if (turnsOnly && turn.path("type").asText().equals("conversation_end")) {
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            synchronized (this) {
                mostInFlight = Math.max(mostInFlight, ++inFlight);
            }
            try {
                answer(exchange, answers.apply(turn.path("conversation_id").asText()));
            } finally {
                synchronized (this) {
                    inFlight--;
                }
            }
        } catch (IOException e) {
            // Curveball gave up on a slow answer and closed the connection: nothing left to send.
        }
    }

    private static void answer(HttpExchange exchange, Answer answer) throws IOException {
        if (!answer.delay().isZero()) {
            try {
                Thread.sleep(answer.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
        }
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
