package dev.curveball.runner.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The gateway's HTTP routes under {@code /c/}: {@code GET /c/<cid>/tools} lists the specs,
 * {@code POST /c/<cid>/tools/<tool>} calls a tool. A body that is not JSON still reaches the
 * world, as a text node holding the raw body, so the malformed call is in the trace (and
 * answered 400) like any other.
 */
final class ToolRoutes implements HttpHandler {
    static final String PREFIX = "/c/";

    private final ToolGateway gateway;

    ToolRoutes(ToolGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (RuntimeException e) {
            send(exchange, 500, error("tool gateway failure: " + e));
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().substring(PREFIX.length()).split("/", -1);
        if (parts.length < 2 || parts.length > 3 || !parts[1].equals("tools")) {
            send(exchange, 404, error("no such route; tools are served at " + PREFIX + "<conversation_id>/tools"));
            return;
        }
        String conversationId = parts[0];
        String tool = parts.length == 3 ? parts[2] : "";
        if (gateway.registration(conversationId).isEmpty()) {
            send(exchange, 404, ToolGateway.unknownConversation(conversationId));
        } else if (tool.isEmpty()) {
            listTools(exchange, conversationId);
        } else {
            callTool(exchange, conversationId, tool);
        }
    }

    private void listTools(HttpExchange exchange, String conversationId) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET");
            send(exchange, 405, error("list the tools with GET; call one with POST to .../tools/<tool_name>"));
            return;
        }
        ObjectNode body = Json.object();
        body.set("tools", Json.mapper().valueToTree(gateway.registration(conversationId).orElseThrow().specs()));
        send(exchange, 200, body);
    }

    private void callTool(HttpExchange exchange, String conversationId, String tool) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            send(exchange, 405, error("call a tool with POST and its JSON arguments as the body"));
            return;
        }
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        ToolResponse response = gateway.call(conversationId, tool, arguments(raw));
        send(exchange, response.status(), response.body());
    }

    /** The JSON the agent sent; an empty body means no arguments, and anything unparseable is kept as text. */
    private static JsonNode arguments(String raw) {
        if (raw.isBlank()) {
            return Json.object();
        }
        try {
            return Json.mapper().readTree(raw);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(raw);
        }
    }

    private static ObjectNode error(String message) {
        ObjectNode body = Json.object();
        body.put("error", message);
        return body;
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
