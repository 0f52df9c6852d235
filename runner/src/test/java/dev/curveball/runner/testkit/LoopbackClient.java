package dev.curveball.runner.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain JDK HTTP client that plays an agent calling the tool gateway over loopback.
 *
 * <pre>{@code LoopbackClient.Answer a = client.post(access.baseUrl() + "/get_order", "{\"order_id\":\"A-5001\"}");
 * a.status(); a.json().path("item");}</pre>
 */
public final class LoopbackClient {
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A gateway answer: status, Content-Type and the body parsed as JSON. */
    public record Answer(int status, String contentType, JsonNode json) {
    }

    public Answer post(String url, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    Json.mapper().readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
