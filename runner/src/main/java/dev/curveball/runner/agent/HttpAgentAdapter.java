package dev.curveball.runner.agent;

import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.io.Json;
import dev.curveball.core.model.KeyMask;
import dev.curveball.core.trace.EndReason;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.net.ssl.SSLSocketFactory;

/**
 * An agent behind an HTTP endpoint, in any language, speaking {@code curveball.agent/1}: each
 * turn is a {@code POST} of the {@link AgentTurn} as JSON, answered {@code 200 {"reply": ...}}.
 * The agent reaches its tools itself, over HTTP, at {@code turn.tools().baseUrl()}.
 *
 * <p>It speaks HTTP/1.1 itself, over a small pool of kept-alive connections, because agents are
 * often small servers that close a connection without saying so (HTTP/1.0, or an idle timeout):
 * a turn whose connection fails before any byte of the answer came back is sent once more on a
 * fresh connection, the only case where the agent cannot have answered it. The turn timeout
 * bounds the whole answer, body included.
 *
 * <p>Every request carries the user's {@link AgentHeaders} (an {@code Authorization} header for an
 * agent behind a gateway); their values are blanked out of every failure message, since an agent
 * may quote a refused token back and the message goes into the trace. Once a conversation has
 * ended, the agent is sent a {@code conversation_end} message ({@link #conversationEnded}) unless
 * the settings turn it off.
 *
 * <p>A turn answered 429 or 5xx is sent again under the settings' retry policy within the turn
 * timeout, each attempt within the settings' requests per minute and concurrency
 * ({@link AgentRetries}); past the policy the conversation is an ERROR naming the status and the attempts.
 *
 * <pre>{@code AgentAdapter agent = new HttpAgentAdapter(URI.create("http://127.0.0.1:8080/turn"), Duration.ofSeconds(60));
 * AgentReply reply = agent.respond(turn, tools); // AgentFailure when unreachable, non-200, unparseable or too slow}</pre>
 */
public final class HttpAgentAdapter implements AgentAdapter {
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** How long a {@code conversation_end} message may take; the agent owes it no answer. */
    static final Duration END_NOTICE_TIMEOUT = Duration.ofSeconds(2);

    private final URI uri;
    private final AgentEndpoint endpoint;
    private final Duration turnTimeout;
    private final Duration connectTimeout;
    private final SSLSocketFactory tls;
    private final AgentHeaders headers;
    private final AgentConnectionPool pool = new AgentConnectionPool();
    private final EndNotices endNotices;
    private final AgentRetries retries;
    private final AgentRetries.Exchange exchange = this::exchange;

    /** No extra headers; a {@code conversation_end} message after each conversation. */
    public HttpAgentAdapter(URI endpoint, Duration turnTimeout) {
        this(endpoint, AgentSettings.of(turnTimeout), null);
    }

    public HttpAgentAdapter(URI endpoint, AgentSettings settings) {
        this(endpoint, settings, null);
    }

    /** As {@link #HttpAgentAdapter(URI, Duration)}, trusting what {@code tls} trusts for https (tests use their own certificate). */
    HttpAgentAdapter(URI endpoint, Duration turnTimeout, SSLSocketFactory tls) {
        this(endpoint, AgentSettings.of(turnTimeout), tls);
    }

    private HttpAgentAdapter(URI endpoint, AgentSettings settings, SSLSocketFactory tls) {
        this.uri = endpoint;
        this.endpoint = AgentEndpoint.of(endpoint);
        this.tls = tls != null || !this.endpoint.tls() ? tls : (SSLSocketFactory) SSLSocketFactory.getDefault();
        this.turnTimeout = settings.turnTimeout();
        this.connectTimeout = turnTimeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? turnTimeout : MAX_CONNECT_TIMEOUT;
        this.headers = settings.headers();
        this.endNotices = settings.endNotice() ? new EndNotices(this::sendEndNotice) : null;
        this.retries = new AgentRetries(settings.retry(), settings.limits());
    }

    /** The agent's URL as the manifest and the console show it: a password or query values in it (a token) blanked. */
    @Override
    public String id() {
        return shown(uri);
    }

    /** {@code http://user:pw@host/turn?key=abc&v=2} as {@code http://***@host/turn?key=***&v=***}; a URL without either as given. */
    static String shown(URI uri) {
        if (uri.getRawUserInfo() == null && uri.getRawQuery() == null) {
            return uri.toString();
        }
        StringBuilder shown = new StringBuilder().append(uri.getScheme()).append("://");
        if (uri.getRawUserInfo() != null) {
            shown.append(KeyMask.MASK).append('@');
        }
        shown.append(uri.getRawAuthority().substring(uri.getRawAuthority().indexOf('@') + 1));
        shown.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            shown.append('?').append(Arrays.stream(uri.getRawQuery().split("&"))
                    .map(pair -> pair.contains("=") ? pair.substring(0, pair.indexOf('=')) + "=" + KeyMask.MASK : pair)
                    .collect(Collectors.joining("&")));
        }
        return shown.toString();
    }

    @Override
    public AgentReply respond(AgentTurn turn, ToolClient tools) throws AgentFailure {
        byte[] request = endpoint.post(Json.write(turn).getBytes(StandardCharsets.UTF_8), headers, null);
        Deadline deadline = Deadline.after(turnTimeout);
        try {
            HttpAnswer answer = retries.attempt(request, deadline, exchange);
            if (retries.retriable(answer)) {
                answer = retries.retry(answer, request, deadline, exchange);
            }
            return AgentAnswer.read(answer.status(), answer.body());
        } catch (ExchangeFailure e) {
            throw masked(failure(e));
        } catch (AgentFailure e) {
            throw masked(e);
        }
    }

    /**
     * Queues the {@code conversation_end} message for conversation {@code conversationId}; it goes
     * out on a thread of its own within {@link #END_NOTICE_TIMEOUT}, and whatever the agent answers
     * (or not) is dropped. Nothing is sent when the settings turned the message off.
     */
    @Override
    public void conversationEnded(String conversationId, EndReason reason) {
        if (endNotices != null) {
            endNotices.queue(EndNotices.body(conversationId, reason));
        }
    }

    private void sendEndNotice(byte[] body) {
        try {
            exchange(endpoint.post(body, headers, EndNotices.MESSAGE_TYPE), Deadline.after(min(turnTimeout, END_NOTICE_TIMEOUT)));
        } catch (ExchangeFailure e) {
            if (e.kind() == ExchangeFailure.Kind.INTERRUPTED) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The failure with the header values blanked out of its message (the cause is not kept: its message may hold them too). */
    private AgentFailure masked(AgentFailure failure) {
        if (headers.isEmpty()) {
            return failure;
        }
        return new AgentFailure(headers.mask(failure.getMessage()), failure.unreachable());
    }

    /** On a kept-alive connection if one is still open; once more on a fresh one if no byte of the answer came back. */
    private HttpAnswer exchange(byte[] request, Deadline deadline) throws ExchangeFailure {
        try {
            return exchange(pool.take(), request, deadline);
        } catch (ExchangeFailure e) {
            if (e.kind() != ExchangeFailure.Kind.NO_ANSWER) {
                throw e;
            }
            if (deadline.passed()) {
                throw new ExchangeFailure(ExchangeFailure.Kind.TIMED_OUT, false, e.getMessage(), e);
            }
        }
        return exchange(null, request, deadline);
    }

    private HttpAnswer exchange(AgentConnection pooled, byte[] request, Deadline deadline) throws ExchangeFailure {
        AgentConnection connection = pooled != null ? pooled : AgentConnection.open(endpoint, tls, connectTimeout, deadline);
        try {
            HttpAnswer answer = connection.exchange(request, deadline);
            pool.giveBack(connection);
            return answer;
        } catch (ExchangeFailure e) {
            connection.close();
            throw e;
        }
    }

    private AgentFailure failure(ExchangeFailure e) {
        String detail = e.getMessage();
        return switch (e.kind()) {
            case UNREACHABLE -> new AgentFailure("agent unreachable at " + uri + ": " + detail, true, e);
            case TLS_FAILED -> new AgentFailure("agent request to " + uri + " failed: TLS handshake: " + detail, false, e);
            case NO_ANSWER -> new AgentFailure("agent at " + uri + " " + detail + ", also when retried on a fresh connection", false, e);
            case TIMED_OUT -> e.answerStarted()
                    ? new AgentFailure("agent did not finish its answer within " + turnTimeout.toMillis() + " ms (" + uri + "): " + detail, false, e)
                    : new AgentFailure("agent did not answer the turn within " + turnTimeout.toMillis() / 1000.0 + " s (" + uri + ")", false, e);
            case BROKEN -> new AgentFailure("agent at " + uri + " broke off its answer: " + detail, false, e);
            case MALFORMED -> new AgentFailure("agent at " + uri + " answered with malformed HTTP: " + detail, false, e);
            case TOO_LARGE -> new AgentFailure("agent at " + uri + " answered with " + detail, false, e);
            case INTERRUPTED -> interrupted(e);
        };
    }

    private AgentFailure interrupted(ExchangeFailure e) {
        Thread.currentThread().interrupt();
        return new AgentFailure("interrupted while waiting for the agent at " + uri, false, e);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Gives the last {@code conversation_end} messages a moment to go out, then drops the connections. */
    @Override
    public void close() {
        if (endNotices != null) {
            endNotices.close(END_NOTICE_TIMEOUT);
        }
        pool.close();
    }
}
