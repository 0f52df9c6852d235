package dev.curveball.runner.agent;

import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An agent behind an HTTP endpoint, in any language, speaking {@code curveball.agent/1}: each
 * turn is a {@code POST} of the {@link AgentTurn} as JSON, answered {@code 200 {"reply": ...}}.
 * The agent reaches its tools itself, over HTTP, at {@code turn.tools().baseUrl()}.
 *
 * <pre>{@code AgentAdapter agent = new HttpAgentAdapter(URI.create("http://127.0.0.1:8080/turn"), Duration.ofSeconds(60));
 * AgentReply reply = agent.respond(turn, tools); // AgentFailure when unreachable, non-200, unparseable or too slow}</pre>
 */
public final class HttpAgentAdapter implements AgentAdapter {
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final URI endpoint;
    private final Duration turnTimeout;
    private final HttpClient client;

    public HttpAgentAdapter(URI endpoint, Duration turnTimeout) {
        this.endpoint = endpoint;
        this.turnTimeout = turnTimeout;
        // HTTP/1.1 only: an h2c upgrade attempt confuses many small agent servers.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(turnTimeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? turnTimeout : MAX_CONNECT_TIMEOUT)
                .build();
    }

    @Override
    public String id() {
        return endpoint.toString();
    }

    @Override
    public AgentReply respond(AgentTurn turn, ToolClient tools) throws AgentFailure {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(turnTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(turn), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = send(request);
        return AgentAnswer.read(response.statusCode(), response.body());
    }

    private HttpResponse<String> send(HttpRequest request) throws AgentFailure {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new AgentFailure("agent unreachable at " + endpoint + ": no connection within " + seconds() + " s", true, e);
        } catch (HttpTimeoutException e) {
            throw new AgentFailure("agent did not answer the turn within " + seconds() + " s (" + endpoint + ")", false, e);
        } catch (ConnectException e) {
            throw new AgentFailure("agent unreachable at " + endpoint + ": " + reason(e) + "; is it running?", true, e);
        } catch (IOException e) {
            throw new AgentFailure("agent request to " + endpoint + " failed: " + reason(e), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgentFailure("interrupted while waiting for the agent at " + endpoint, false, e);
        }
    }

    private String seconds() {
        return String.valueOf(turnTimeout.toMillis() / 1000.0);
    }

    private static String reason(IOException e) {
        Throwable cause = e.getMessage() == null && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
