package dev.curveball.runner.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * An HTTP agent on loopback whose n-th turn request (from 1) gets the {@link Answer} a script gives
 * it, {@code Retry-After} included; it records when each request arrived and the most it was
 * answering at once, to test retries and limits against a real socket.
 *
 * <pre>{@code try (StatusScriptAgent agent = StatusScriptAgent.answering(n -> n == 1 ? Answer.of(503, "busy") : Answer.reply("hi"))) {
 *     ... agent.requests(), agent.arrivals(), agent.mostInFlight()
 * }}</pre>
 */
public final class StatusScriptAgent implements AutoCloseable {
    /** One answer: status, body, {@code Retry-After} (or null) and how long to take. */
    public record Answer(int status, String body, String retryAfter, Duration delay) {
        public static Answer of(int status, String body) {
            return new Answer(status, body, null, Duration.ZERO);
        }

        public static Answer reply(String text) {
            return of(200, "{\"reply\":\"" + text + "\"}");
        }

        public Answer retryAfter(String value) {
            return new Answer(status, body, value, delay);
        }

        public Answer after(Duration wait) {
            return new Answer(status, body, retryAfter, wait);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "status-script-agent");
        thread.setDaemon(true);
        return thread;
    });
    private final IntFunction<Answer> script;
    private final List<Long> arrivals = new ArrayList<>();
    private int inFlight;
    private int mostInFlight;

    private StatusScriptAgent(IntFunction<Answer> script) {
        this.script = script;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    public static StatusScriptAgent answering(IntFunction<Answer> script) {
        return new StatusScriptAgent(script);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/turn");
    }

    public synchronized int requests() {
        return arrivals.size();
    }

    /** {@link System#nanoTime()} readings of the turn requests' arrivals, in order. */
    public synchronized List<Long> arrivals() {
        return List.copyOf(arrivals);
    }

    public synchronized int mostInFlight() {
        return mostInFlight;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestHeaders().containsKey("Curveball-Message")) {
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            int number;
            synchronized (this) {
                arrivals.add(System.nanoTime());
                number = arrivals.size();
                mostInFlight = Math.max(mostInFlight, ++inFlight);
            }
            try {
                Answer answer = script.apply(number);
                Thread.sleep(answer.delay().toMillis());
                byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                if (answer.retryAfter() != null) {
                    exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
                }
                exchange.sendResponseHeaders(answer.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                synchronized (this) {
                    inFlight--;
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
