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
 * The gateway's HTTP routes under {@code /c/}: {@code GET /c/<cid>/<secret>/tools} lists the specs,
 * {@code POST /c/<cid>/<secret>/tools/<tool>} calls a tool. A body that is not JSON still reaches
 * the world, as a text node holding the raw body, so the malformed call is in the trace (and
 * answered 400) like any other. A URL that leads to no conversation, or whose secret belongs to a
 * conversation other than the one its path names, answers 404 before any world is touched.
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
        if (parts.length < 3 || parts.length > 4 || !parts[2].equals("tools")) {
            send(exchange, 404, error("no such route; tools are served at the tools.base_url each turn gives, "
                    + PREFIX + "<conversation_id>/<secret>/tools"));
            return;
        }
        String tool = parts.length == 4 ? parts[3] : "";
        ToolGateway.Route route = gateway.route(parts[0], parts[1]);
        if (route instanceof ToolGateway.Route.Served served) {
            serve(exchange, served.tools(), tool);
        } else if (route instanceof ToolGateway.Route.Misdirected misdirected) {
            refuse(exchange, misdirected.owner(), parts[0], tool);
        } else {
            send(exchange, 404, ToolGateway.unknownUrl());
        }
    }

    private void serve(HttpExchange exchange, ConversationTools tools, String tool) throws IOException {
        if (tool.isEmpty()) {
            listTools(exchange, tools);
        } else {
            callTool(exchange, tools, tool);
        }
    }

    private static void listTools(HttpExchange exchange, ConversationTools tools) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET");
            send(exchange, 405, error("list the tools with GET; call one with POST to .../tools/<tool_name>"));
            return;
        }
        ObjectNode body = Json.object();
        body.set("tools", Json.mapper().valueToTree(tools.specs()));
        send(exchange, 200, body);
    }

    private static void callTool(HttpExchange exchange, ConversationTools tools, String tool) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            send(exchange, 405, error("call a tool with POST and its JSON arguments as the body"));
            return;
        }
        JsonNode arguments = arguments(exchange);
        ToolResponse response = tools.call(tool, arguments);
        // Ending the conversation interrupts a call waiting on a timeout fault; its answer still goes out.
        Thread.interrupted();
        send(exchange, response.status(), response.body());
    }

    /** A tool call aimed at another conversation with this one's secret: recorded here, made nowhere. */
    private static void refuse(HttpExchange exchange, ConversationTools owner, String namedConversation, String tool)
            throws IOException {
        ToolResponse response = ToolGateway.misdirected(namedConversation);
        if (!tool.isEmpty() && exchange.getRequestMethod().equals("POST")) {
            owner.refuse(tool, arguments(exchange), response);
        }
        send(exchange, response.status(), response.body());
    }

    /** The JSON the agent sent; an empty body means no arguments, and anything unparseable is kept as text. */
    private static JsonNode arguments(HttpExchange exchange) throws IOException {
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
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
