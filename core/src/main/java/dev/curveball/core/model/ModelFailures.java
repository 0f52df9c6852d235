package dev.curveball.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.io.Json;
import dev.curveball.core.limit.AttemptFailure;
import dev.curveball.core.limit.GaveUp;
import dev.curveball.core.model.ModelFailure.Kind;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;

/**
 * Turns what LangChain4j throws into a {@link ModelFailure} that says which model, where, what
 * happened and what to do. The server's own words are quoted with the key, its fragments and
 * anything key-shaped blanked out ({@link KeyMask}).
 */
final class ModelFailures {
    private static final int QUOTE_LIMIT = 300;

    private final ModelEndpoint endpoint;
    private final ModelOptions options;

    ModelFailures(ModelEndpoint endpoint, ModelOptions options) {
        this.endpoint = endpoint;
        this.options = options;
    }

    /** How many attempts a call made before it failed, in how long, and why it stopped short of the policy's attempts (or null). */
    record Tries(int attempts, long elapsedNanos, String why) {
        static final Tries ONE = new Tries(1, 0, null);

        /** Before the status: {@code gave up after 4 attempts in 7.3 s: }, nothing for a single plain attempt. */
        String before() {
            return attempts == 1 && why == null ? "" : GaveUp.summary(attempts, elapsedNanos, why) + ": ";
        }

        /** After the status, for a single plain attempt: {@code  after 1 attempt}. */
        String after() {
            return attempts == 1 && why == null ? " after 1 attempt" : "";
        }
    }

    /** {@code openai:gpt-4o-mini at https://api.openai.com/v1 (judge)}: how a failure names the call. */
    String where(String purpose) {
        return endpoint.describe() + " (" + purpose + ")";
    }

    /** Maps {@code error} of a single attempt. */
    RuntimeException from(RuntimeException error, ModelRequest request) {
        return from(error, request.purpose(), Tries.ONE);
    }

    /** As {@link #from(RuntimeException, ModelRequest)}, the call named by {@code purpose} ("agent gpt4o-v2"). */
    RuntimeException from(RuntimeException error, String purpose) {
        return from(error, purpose, Tries.ONE);
    }

    /** Maps {@code error}; anything that is not a model or network failure is a bug and comes back as it was, the key blanked out. */
    RuntimeException from(RuntimeException error, String purpose, Tries tries) {
        String where = where(purpose);
        if (has(error, InterruptedException.class)) {
            Thread.currentThread().interrupt();
            return new CurveballException(ExitCodes.INTERRUPTED, where + ": interrupted", masked(error));
        }
        Optional<HttpException> http = find(error, HttpException.class);
        if (http.isPresent()) {
            String body = http.get().getMessage();
            return fromStatus(where, new Status(http.get().statusCode(), quote(body), body), masked(error), tries);
        }
        return fromTransport(where, error, tries);
    }

    /**
     * Whether another attempt may help: a 408, 429 or 5xx (not 501, 505), a timeout, a refused or reset
     * connection. A refused key, an unknown model, a bad request, an unknown host or an answer that is
     * not the provider's JSON would fail the same way again.
     */
    static AttemptFailure retriable(RuntimeException error) {
        if (has(error, InterruptedException.class)) {
            return AttemptFailure.FINAL;
        }
        Optional<HttpException> http = find(error, HttpException.class);
        if (http.isPresent()) {
            int status = http.get().statusCode();
            return AttemptFailure.retriableStatus(status)
                    ? AttemptFailure.retriable("HTTP " + status, RetryAfterRecorder.last().orElse(null)) : AttemptFailure.FINAL;
        }
        if (has(error, TimeoutException.class) || has(error, HttpTimeoutException.class)) {
            return AttemptFailure.retriable("no answer in time", null);
        }
        if (has(error, UnresolvedModelServerException.class) || has(error, UnresolvedAddressException.class)
                || has(error, UnknownHostException.class) || has(error, JsonProcessingException.class)) {
            return AttemptFailure.FINAL;
        }
        if (has(error, ConnectException.class) || has(error, NoRouteToHostException.class)) {
            return AttemptFailure.retriable("cannot connect", null);
        }
        return has(error, IOException.class) ? AttemptFailure.retriable("connection failed", null) : AttemptFailure.FINAL;
    }

    /**
     * {@code error} as {@code --stacktrace} may show it: the same chain and stack frames, with the key
     * (and anything key-shaped) blanked out of every message, since servers quote a refused key back
     * and logs get published.
     */
    Throwable masked(Throwable error) {
        String key = endpoint.apiKey();
        if (!mentions(error, key)) {
            return error;
        }
        return MaskedError.of(error, key);
    }

    private static boolean mentions(Throwable chain, String key) {
        for (Throwable t = chain; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (KeyMask.mentions(t.getMessage(), key)) {
                return true;
            }
        }
        return false;
    }

    private RuntimeException fromTransport(String where, RuntimeException error, Tries tries) {
        Throwable cause = masked(error);
        if (has(error, TimeoutException.class) || has(error, HttpTimeoutException.class)) {
            return new ModelFailure(Kind.TIMEOUT, where + ": " + tries.before() + "no answer within " + seconds() + " s" + tries.after()
                    + "; check the server, or raise " + ModelOptions.TIMEOUT_VARIABLE, cause);
        }
        if (unreachable(error)) {
            return new ModelFailure(Kind.UNREACHABLE, where + ": " + tries.before() + "cannot connect" + tries.after() + "; is the server running? "
                    + "set " + endpoint.spec().provider().baseUrlVariable() + " to its address", cause);
        }
        Optional<JsonProcessingException> notJson = find(error, JsonProcessingException.class);
        if (notJson.isPresent()) {
            // A web page or a proxy's answer, not a model's reply: asking the model again would not help.
            return new ModelFailure(Kind.SERVER_ERROR, where + ": the server's answer is not " + protocol() + tries.after() + " ("
                    + quote(notJson.get().getOriginalMessage()) + "); is " + endpoint.spec().provider().baseUrlVariable()
                    + " the address of the API (usually ending in " + apiPathEnding() + ")?", cause);
        }
        if (has(error, IOException.class)) {
            return new ModelFailure(Kind.UNREACHABLE, where + ": " + tries.before() + "connection failed" + tries.after() + ": "
                    + quote(find(error, IOException.class).orElseThrow().toString()), cause);
        }
        if (error instanceof LangChain4jException) {
            return badReply(where, quote(error.getMessage()), cause);
        }
        if (raisedByTheClient(error)) {
            // Gemini answers a blocked prompt with no candidates (or no usage), and its client then fails on
            // candidates.get(0) or a null usageMetadata instead of throwing one of its own exceptions.
            return badReply(where, "the client could not read it (" + quote(error.toString())
                    + "); the answer lacks something the client needs, such as a candidate or its usage", cause);
        }
        return (RuntimeException) cause; // masked() gives back the error itself or its MaskedError copy
    }

    /** Thrown by LangChain4j's own code (its first frame outside the JDK is LangChain4j's), not by ours: a reply it could not map. */
    private static boolean raisedByTheClient(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return type.startsWith("dev.langchain4j.");
            }
        }
        return false;
    }

    static ModelFailure badReply(String where, String detail, Throwable cause) {
        return new ModelFailure(Kind.BAD_REPLY, where + ": unusable reply: " + detail, cause);
    }

    /** An HTTP error answer: its status, the server's words as quoted, and the body as it came. */
    private record Status(int code, String said, String body) {
    }

    private ModelFailure fromStatus(String where, Status answer, Throwable error, Tries tries) {
        int status = answer.code();
        String said = answer.said();
        String body = answer.body();
        String keyVariable = ModelEndpoint.keyVariable(endpoint.spec().provider());
        String http = "(HTTP " + status + ")";
        if (status == 401 || status == 403 || (status == 400 && refusedKey(body))) {
            String fix = endpoint.apiKey() == null ? "no key was sent; set " + keyVariable : "check " + keyVariable;
            return new ModelFailure(Kind.CONFIGURATION, where + ": the server refused the credentials " + http + ": " + said
                    + "; " + fix, error);
        }
        if (status == 404) {
            return new ModelFailure(Kind.CONFIGURATION, where + ": not found " + http + ": " + said + "; check the model name "
                    + "'" + endpoint.spec().name() + "' and " + endpoint.spec().provider().baseUrlVariable(), error);
        }
        if (status == 408) {
            return new ModelFailure(Kind.TIMEOUT, where + ": " + tries.before() + "the server timed out " + http + tries.after() + ": " + said, error);
        }
        if (status == 429) {
            return new ModelFailure(Kind.RATE_LIMITED, where + ": " + tries.before() + "rate limited " + http + tries.after() + ": " + said
                    + "; wait, lower --model-rpm or --model-concurrency, or raise --max-retries ("
                    + ModelOptions.MAX_RETRIES_VARIABLE + ") or --retry-max-time", error);
        }
        if (status >= 400 && status < 500) {
            return new ModelFailure(Kind.CONFIGURATION, where + ": the server rejected the request " + http + ": " + said, error);
        }
        return new ModelFailure(Kind.SERVER_ERROR, where + ": " + tries.before() + "server error " + http + tries.after() + ": " + said, error);
    }

    /** Google answers a wrong key with 400 {@code INVALID_ARGUMENT}, its details naming the reason {@code API_KEY_INVALID}. */
    private static boolean refusedKey(String body) {
        return body != null && body.contains("API_KEY_INVALID");
    }

    /** The server's message from a JSON error body, else the body itself, on one line. */
    String quote(String body) {
        String text = body == null ? "" : body;
        try {
            text = serverMessage(Json.mapper().readTree(text)).orElse(text);
        } catch (JsonProcessingException | RuntimeException e) {
            // not JSON: quote the body as it is
        }
        text = KeyMask.mask(text, endpoint.apiKey());
        text = text.replaceAll("\\s+", " ").strip();
        text = text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "..." : text;
        return text.isEmpty() ? "(no message)" : text;
    }

    /** OpenAI, Anthropic and Gemini: {@code error.message}; vLLM: {@code message}; FastAPI servers: {@code detail}. */
    private static Optional<String> serverMessage(JsonNode body) {
        for (JsonNode candidate : new JsonNode[] {body.path("error").path("message"), body.path("error"),
                body.path("message"), body.path("detail")}) {
            if (candidate.isTextual() && !candidate.asText().isBlank()) {
                return Optional.of(candidate.asText());
            }
        }
        return Optional.empty();
    }

    private String protocol() {
        return switch (endpoint.spec().provider()) {
            case OPENAI -> "OpenAI's JSON";
            case ANTHROPIC -> "Anthropic's JSON";
            case GEMINI -> "Gemini's JSON";
            default -> "OpenAI-compatible JSON";
        };
    }

    private String apiPathEnding() {
        return endpoint.spec().provider() == Provider.GEMINI ? "/v1beta" : "/v1";
    }

    private String seconds() {
        return options.timeout().toMillis() % 1000 == 0
                ? Long.toString(options.timeout().toSeconds())
                : Double.toString(options.timeout().toMillis() / 1000.0);
    }

    private static boolean unreachable(Throwable error) {
        return has(error, UnresolvedModelServerException.class) || has(error, UnresolvedAddressException.class)
                || has(error, UnknownHostException.class) || has(error, ConnectException.class)
                || has(error, NoRouteToHostException.class);
    }

    private static boolean has(Throwable error, Class<? extends Throwable> type) {
        return find(error, type).isPresent();
    }

    private static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
