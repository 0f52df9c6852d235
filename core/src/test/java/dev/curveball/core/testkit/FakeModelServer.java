package dev.curveball.core.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A model server on 127.0.0.1 for tests: it speaks OpenAI's chat completions
 * ({@code POST /v1/chat/completions}, which Ollama, vLLM and LM Studio also speak), Anthropic's
 * Messages API ({@code POST /v1/messages}) and Gemini's {@code POST /v1beta/models/NAME:generateContent},
 * answers from a script, and records every request.
 *
 * <pre>{@code try (FakeModelServer server = FakeModelServer.thatReplies("{\"opening\":\"hi\"}", "second reply")) {
 *     ModelClient model = Models.open(ModelSpec.parse("openai:gpt-4o-mini"), server.env(), ModelCache.disabled());
 *     model.complete(request);
 *     assertThat(server.lastRequest().body().path("model").asText()).isEqualTo("gpt-4o-mini");
 * }
 * FakeModelServer.thatAnswers(sent -> "You said: " + sent.lastUserText());   // reactive
 * FakeModelServer.thatActs(sent -> sent.lastToolResults().isEmpty()           // a tool-using model
 *         ? ModelMove.call("get_order", "{\"order_id\":\"A-5001\"}") : ModelMove.text("It was delivered."));
 * server.failNext(2, 500);                                                  // then back to the script}</pre>
 *
 * Scripted replies are used in order; a request after the last one is answered 500 with a message
 * saying so, so a test that makes more calls than it scripted fails loudly. Failures queued with
 * {@link #failNext}, {@link #garbleNext}, {@link #answerNext} and {@link #delayNext} come first and do not
 * use up the script. A 429 carries {@code Retry-After: 1}, as real servers send it.
 * Usage is counted in words (input: every message of the request; output: the reply).
 */
public final class FakeModelServer implements AutoCloseable {
    /** The key {@link #env()} gives every provider: distinctive, so tests can look for it on disk. */
    public static final String API_KEY = "sk-fake-model-server-key-7f3a9c";
    /** The key {@link #env()} gives Gemini, shaped like Google's ({@code AIza} and 35 more). */
    public static final String GEMINI_API_KEY = "AIzaSyFakeModelServerKey7f3a9c0b1d2e3f4";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-model-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Function<RecordedRequest, ModelMove> script;
    private final Deque<Interference> interferences = new ArrayDeque<>();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final List<Long> arrivals = new ArrayList<>();
    private int inFlight;
    private int mostInFlight;
    private final Path cacheDir;

    private FakeModelServer(Function<RecordedRequest, ModelMove> script) {
        this.script = script;
        try {
            this.cacheDir = Files.createTempDirectory("curveball-fake-model-cache");
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Answers with {@code texts} in order, then with HTTP 500 ("no scripted reply left"). */
    public static FakeModelServer thatReplies(String... texts) {
        return new FakeModelServer(new Scripted(Arrays.stream(texts).map(ModelMove::text).toList()));
    }

    /** Answers each request with {@code script}'s text; it may be called from several threads at once. */
    public static FakeModelServer thatAnswers(Function<RecordedRequest, String> script) {
        return new FakeModelServer(script.andThen(ModelMove::text));
    }

    /** Answers with {@code moves} in order (text or tool calls), then with HTTP 500 ("no scripted reply left"). */
    public static FakeModelServer thatMoves(ModelMove... moves) {
        return new FakeModelServer(new Scripted(List.of(moves)));
    }

    /** Answers each request with {@code script}'s move (text or tool calls); it may be called from several threads at once. */
    public static FakeModelServer thatActs(Function<RecordedRequest, ModelMove> script) {
        return new FakeModelServer(script);
    }

    /** The next {@code calls} requests get HTTP {@code status} with the provider's error body. */
    public synchronized FakeModelServer failNext(int calls, int status) {
        return failNext(calls, status, "FakeModelServer: scripted failure " + status);
    }

    /** As {@link #failNext(int, int)}, the error body saying {@code message} (a server quoting the key back, say). */
    public synchronized FakeModelServer failNext(int calls, int status, String message) {
        return queue(calls, new Interference(status, null, message, Duration.ZERO, null));
    }

    /** As {@link #failNext(int, int)}, with {@code Retry-After: retryAfter} (seconds or an HTTP date; null: none, even on a 429). */
    public synchronized FakeModelServer failNext(int calls, int status, String message, String retryAfter) {
        return queue(calls, new Interference(status, null, message, Duration.ZERO, retryAfter == null ? "" : retryAfter));
    }

    /** The next {@code calls} requests get HTTP 200 with a body that is not JSON. */
    public synchronized FakeModelServer garbleNext(int calls) {
        return answerNext(calls, 200, "this is not JSON <html>");
    }

    /** The next {@code calls} requests get HTTP {@code status} with {@code body} as it is (JSON of the wrong shape, say). */
    public synchronized FakeModelServer answerNext(int calls, int status, String body) {
        return queue(calls, new Interference(status, body, null, Duration.ZERO, null));
    }

    /** The next {@code calls} requests are answered from the script after {@code delay}. */
    public synchronized FakeModelServer delayNext(int calls, Duration delay) {
        return queue(calls, new Interference(200, null, null, delay, null));
    }

    /** {@code http://127.0.0.1:PORT/v1}: chat completions are posted to {@code <this>/chat/completions}. */
    public String openAiBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** {@code http://127.0.0.1:PORT/v1}: messages are posted to {@code <this>/messages}. */
    public String anthropicBaseUrl() {
        return openAiBaseUrl();
    }

    /** {@code http://127.0.0.1:PORT/v1beta}: content is posted to {@code <this>/models/NAME:generateContent}. */
    public String geminiBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1beta";
    }

    /**
     * An environment pointing every provider here: base URLs for all six, {@link #API_KEY} for OpenAI
     * and Anthropic, {@link #GEMINI_API_KEY} for Gemini (none for the local servers), no retries, a 10 s timeout, and a model cache in a
     * fresh directory of this server's (deleted on close), so no test reads or fills the user's cache.
     */
    public Map<String, String> env() {
        Map<String, String> env = new TreeMap<>();
        for (String provider : List.of("OPENAI", "ANTHROPIC", "OLLAMA", "VLLM", "LMSTUDIO")) {
            env.put(provider + "_BASE_URL", openAiBaseUrl());
        }
        env.put("OPENAI_API_KEY", API_KEY);
        env.put("ANTHROPIC_API_KEY", API_KEY);
        env.put("GEMINI_BASE_URL", geminiBaseUrl());
        env.put("GEMINI_API_KEY", GEMINI_API_KEY);
        env.put("CURVEBALL_MODEL_MAX_RETRIES", "0");
        env.put("CURVEBALL_MODEL_TIMEOUT_SECONDS", "10");
        env.put("CURVEBALL_CACHE_DIR", cacheDir.toString());
        return Collections.unmodifiableMap(env);
    }

    /** The model cache directory {@link #env()} names. */
    public Path cacheDir() {
        return cacheDir;
    }

    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** When each request arrived, as {@link System#nanoTime()} readings, in order. */
    public synchronized List<Long> arrivals() {
        return List.copyOf(arrivals);
    }

    /** The most requests this server was answering at once. */
    public synchronized int mostInFlight() {
        return mostInFlight;
    }

    public synchronized int requestCount() {
        return requests.size();
    }

    public synchronized RecordedRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new IllegalStateException("FakeModelServer has received no request");
        }
        return requests.get(requests.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try (Stream<Path> files = Files.walk(cacheDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private FakeModelServer queue(int calls, Interference interference) {
        for (int i = 0; i < calls; i++) {
            interferences.addLast(interference);
        }
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = record(exchange);
            Interference interference;
            int number;
            synchronized (this) {
                arrivals.add(System.nanoTime());
                requests.add(request);
                number = requests.size();
                interference = interferences.pollFirst();
                mostInFlight = Math.max(mostInFlight, ++inFlight);
            }
            try {
                Answer answer = answer(request, number, interference);
                byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                String retryAfter = interference != null && interference.retryAfter() != null ? interference.retryAfter()
                        : answer.status() == 429 ? "1" : "";
                if (!retryAfter.isEmpty()) {
                    exchange.getResponseHeaders().add("Retry-After", retryAfter);
                }
                exchange.sendResponseHeaders(answer.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
            } finally {
                synchronized (this) {
                    inFlight--;
                }
            }
        }
    }

    private Answer answer(RecordedRequest request, int number, Interference interference) {
        boolean known = request.method().equals("POST") && (request.path().endsWith("/chat/completions")
                || request.path().endsWith("/messages") || request.isGemini());
        if (!known) {
            return error(request, 404, "FakeModelServer: no such endpoint " + request.method() + " " + request.path());
        }
        if (interference != null && interference.body() != null) {
            return new Answer(interference.status(), interference.body());
        }
        if (interference != null && interference.status() != 200) {
            return error(request, interference.status(), interference.message());
        }
        if (interference != null) {
            pause(interference.delay());
        }
        try {
            return new Answer(200, ProtocolBodies.reply(request, number, script.apply(request)));
        } catch (RuntimeException e) {
            return error(request, 500, "FakeModelServer: " + e.getMessage());
        }
    }

    private static Answer error(RecordedRequest request, int status, String message) {
        return new Answer(status, ProtocolBodies.error(request, status, message));
    }

    private static RecordedRequest record(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        JsonNode json;
        try {
            json = ProtocolBodies.MAPPER.readTree(body);
        } catch (IOException e) {
            json = null;
        }
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), headers, json);
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A raw {@code body} is sent as it is; otherwise a status other than 200 gets the provider's error body with {@code message}. */
    private record Interference(int status, String body, String message, Duration delay, String retryAfter) {
    }

    private record Answer(int status, String body) {
    }

    /** Replies in order; one request too many is answered 500 with a message saying so. */
    private static final class Scripted implements Function<RecordedRequest, ModelMove> {
        private final List<ModelMove> replies;
        private int next;

        Scripted(List<ModelMove> replies) {
            this.replies = replies;
        }

        @Override
        public synchronized ModelMove apply(RecordedRequest request) {
            if (next >= replies.size()) {
                throw new IllegalStateException("no scripted reply left (" + replies.size() + " scripted, all used)");
            }
            return replies.get(next++);
        }
    }
}
