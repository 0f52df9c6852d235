package dev.curveball.runner.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP agent on loopback that answers every turn the same way and records the request bodies
 * it received, for testing the HTTP agent adapter against a real socket.
 *
 * <pre>{@code try (StubAgentServer agent = StubAgentServer.thatReplies(200, "{\"reply\":\"Hi\"}")) {
 *     new HttpAgentAdapter(agent.uri(), Duration.ofSeconds(2)).respond(turn, tools);
 *     agent.requests(); // the turn bodies it received
 * }}</pre>
 */
public final class StubAgentServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final int status;
    private final String body;
    private final Duration delay;

    private StubAgentServer(int status, String body, Duration delay) {
        this.status = status;
        this.body = body;
        this.delay = delay;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "stub-agent");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    public static StubAgentServer thatReplies(int status, String body) {
        return new StubAgentServer(status, body, Duration.ZERO);
    }

    /** Answers 200 with {@code body}, but only after {@code delay}. */
    public static StubAgentServer thatIsSlow(Duration delay, String body) {
        return new StubAgentServer(200, body, delay);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/turn");
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Thread.sleep(delay.toMillis());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
