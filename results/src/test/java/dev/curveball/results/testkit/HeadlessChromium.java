package dev.curveball.results.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol (CDP) through the JDK's WebSocket:
 * opens a page, records every event the browser sends (console calls, exceptions, log entries such
 * as CSP violations) and evaluates expressions in it. {@link #close()} kills the browser and deletes
 * its profile.
 *
 * <pre>{@code try (HeadlessChromium browser = HeadlessChromium.start().orElseThrow()) {
 *     browser.open(Path.of("report.html"));
 *     browser.evaluate("document.scripts.length")   // 0
 * }}</pre>
 */
public final class HeadlessChromium implements AutoCloseable {
    /** Debian's {@code chromium}: the first on the PATH, else {@code /usr/bin/chromium}. */
    public static final Path BINARY = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, "chromium")).filter(Files::isExecutable).findFirst()
            .orElse(Path.of("/usr/bin/chromium"));
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The browser started, or empty when this machine has none. */
    public static Optional<HeadlessChromium> start() throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            return Optional.empty();
        }
        Path profile = Files.createTempDirectory("curveball-chromium");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            int port = port(profile, process);
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = Json.mapper().readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            String url = null;
            for (JsonNode target : targets) {
                if ("page".equals(target.path("type").asText())) {
                    url = target.path("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (url == null) {
                throw new IOException("chromium offered no page target: " + targets);
            }
            Listener listener = new Listener();
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(url), listener).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            HeadlessChromium browser = new HeadlessChromium(process, profile, socket);
            listener.browser = browser;
            for (String domain : List.of("Runtime.enable", "Log.enable", "Page.enable")) {
                browser.send(domain, Json.object());
            }
            return Optional.of(browser);
        } catch (Exception e) {
            process.destroyForcibly();
            delete(profile);
            throw e instanceof IOException io ? io : new IOException("chromium did not start: " + e, e);
        }
    }

    /** Navigates to the file and waits for its load event; returns the milliseconds from navigation to load. */
    public long open(Path file) throws Exception {
        int before = events.size();
        long start = System.nanoTime();
        send("Page.navigate", Json.object().put("url", file.toAbsolutePath().toUri().toString()));
        long deadline = start + WAIT.toNanos();
        // A stream of the list itself reads a snapshot; a subList of it throws once the socket's thread adds an event.
        while (events.stream().skip(before).noneMatch(e -> "Page.loadEventFired".equals(e.path("method").asText()))) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the page did not load within " + WAIT.toSeconds() + " s");
            }
            Thread.sleep(5);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** The value of a JavaScript expression in the page (as the browser returns it by value). */
    public JsonNode evaluate(String expression) throws Exception {
        JsonNode reply = send("Runtime.evaluate", Json.object().put("expression", expression).put("returnByValue", true));
        return reply.path("result").path("result").path("value");
    }

    /** Every event so far named {@code method} ({@code Runtime.exceptionThrown}, {@code Log.entryAdded}...). */
    public List<JsonNode> events(String method) {
        return events.stream().filter(e -> method.equals(e.path("method").asText())).toList();
    }

    /** The console errors so far: exceptions, {@code console.error}, and log entries at level error (CSP violations are those). */
    public List<JsonNode> errors() {
        List<JsonNode> errors = new ArrayList<>(events("Runtime.exceptionThrown"));
        events("Runtime.consoleAPICalled").stream().filter(e -> "error".equals(e.path("params").path("type").asText())).forEach(errors::add);
        events("Log.entryAdded").stream().filter(e -> "error".equals(e.path("params").path("entry").path("level").asText())).forEach(errors::add);
        return errors;
    }

    private JsonNode send(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        ObjectNode message = Json.object().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(Json.write(message), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IOException(method + ": " + answer.get("error"));
        }
        return answer;
    }

    private void received(String text) {
        try {
            JsonNode message = Json.mapper().readTree(text);
            if (message.has("id")) {
                Optional.ofNullable(replies.remove(message.get("id").asInt())).ifPresent(f -> f.complete(message));
            } else {
                events.add(message);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.abort();
        } finally {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            delete(profile);
        }
    }

    private static int port(Path profile, Process process) throws IOException, InterruptedException {
        Path file = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).strip());
                }
            }
            if (!process.isAlive()) {
                throw new IOException("chromium exited with " + process.exitValue() + ": " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(20);
        }
        throw new IOException("chromium wrote no DevToolsActivePort within " + WAIT.toSeconds() + " s");
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A profile left in the temp folder is harmless; the test's result stands.
        }
    }

    /** Joins the text frames of each message and hands it to the browser. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        volatile HeadlessChromium browser;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                while (browser == null) {
                    Thread.onSpinWait();
                }
                browser.received(text);
            }
            webSocket.request(1);
            return null;
        }
    }
}
