package dev.curveball.core.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Response bodies as OpenAI's chat completions, Anthropic's Messages API and Gemini's generateContent shape them. */
final class ProtocolBodies {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private ProtocolBodies() {
    }

    /** Usage is counted in words: input over every message of the request, output over the reply. */
    static String reply(RecordedRequest request, int number, ModelMove move) {
        if (move.callsTools()) {
            return toolCalls(request, number, move);
        }
        String text = move.text();
        long input = words(request.allText());
        long output = words(text);
        ObjectNode body = MAPPER.createObjectNode();
        if (request.isGemini()) {
            ObjectNode candidate = body.putArray("candidates").addObject();
            candidate.putObject("content").put("role", "model").putArray("parts").addObject().put("text", text);
            candidate.put("finishReason", "STOP").put("index", 0);
            body.putObject("usageMetadata").put("promptTokenCount", input).put("candidatesTokenCount", output)
                    .put("totalTokenCount", input + output);
            body.put("modelVersion", request.model()).put("responseId", "gemini-" + number);
        } else if (request.isAnthropic()) {
            body.put("id", "msg_" + number).put("type", "message").put("role", "assistant").put("model", request.model());
            body.putArray("content").addObject().put("type", "text").put("text", text);
            body.put("stop_reason", "end_turn");
            body.putObject("usage").put("input_tokens", input).put("output_tokens", output);
        } else {
            body.put("id", "chatcmpl-" + number).put("object", "chat.completion").put("created", 1_700_000_000L)
                    .put("model", request.model());
            ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", text);
            choice.put("finish_reason", "stop");
            body.putObject("usage").put("prompt_tokens", input).put("completion_tokens", output)
                    .put("total_tokens", input + output);
        }
        return body.toString();
    }

    /** Tool calls (and any text beside them); output usage counts the calls' names and arguments in words. */
    private static String toolCalls(RecordedRequest request, int number, ModelMove move) {
        long input = words(request.allText());
        long output = move.calls().stream().mapToLong(c -> 1 + words(c.arguments().replaceAll("[{}\":,]", " "))).sum();
        ObjectNode body = MAPPER.createObjectNode();
        if (request.isGemini()) {
            ObjectNode candidate = body.putArray("candidates").addObject();
            ArrayNode parts = candidate.putObject("content").put("role", "model").putArray("parts");
            move.calls().forEach(c -> parts.addObject().putObject("functionCall").put("name", c.name()).set("args", json(c.arguments())));
            candidate.put("finishReason", "STOP").put("index", 0);
            body.putObject("usageMetadata").put("promptTokenCount", input).put("candidatesTokenCount", output)
                    .put("totalTokenCount", input + output);
        } else if (request.isAnthropic()) {
            body.put("id", "msg_" + number).put("type", "message").put("role", "assistant").put("model", request.model());
            ArrayNode content = body.putArray("content");
            if (move.text() != null) {
                content.addObject().put("type", "text").put("text", move.text());
            }
            move.calls().forEach(c -> content.addObject().put("type", "tool_use").put("id", c.id()).put("name", c.name())
                    .set("input", json(c.arguments())));
            body.put("stop_reason", "tool_use");
            body.putObject("usage").put("input_tokens", input).put("output_tokens", output);
        } else {
            body.put("id", "chatcmpl-" + number).put("object", "chat.completion").put("created", 1_700_000_000L)
                    .put("model", request.model());
            ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
            ObjectNode message = choice.putObject("message").put("role", "assistant");
            if (move.text() == null) {
                message.putNull("content");
            } else {
                message.put("content", move.text());
            }
            ArrayNode calls = message.putArray("tool_calls");
            move.calls().forEach(c -> calls.addObject().put("id", c.id()).put("type", "function").putObject("function")
                    .put("name", c.name()).put("arguments", c.arguments()));
            choice.put("finish_reason", "tool_calls");
            body.putObject("usage").put("prompt_tokens", input).put("completion_tokens", output)
                    .put("total_tokens", input + output);
        }
        return body.toString();
    }

    /** Arguments as a JSON value for the providers that send them as one; text that is not JSON goes as a string. */
    private static JsonNode json(String arguments) {
        try {
            return MAPPER.readTree(arguments);
        } catch (IOException e) {
            return MAPPER.getNodeFactory().textNode(arguments);
        }
    }

    static String error(RecordedRequest request, int status, String message) {
        ObjectNode body = MAPPER.createObjectNode();
        if (request.isGemini()) {
            body.putObject("error").put("code", status).put("message", message).put("status", googleStatus(status));
        } else if (request.isAnthropic()) {
            body.put("type", "error");
            body.putObject("error").put("type", status >= 500 ? "api_error" : "invalid_request_error").put("message", message);
        } else {
            body.putObject("error").put("message", message).put("type", status >= 500 ? "server_error" : "invalid_request_error")
                    .put("code", status);
        }
        return body.toString();
    }

    /** The canonical gRPC status name Google's APIs put beside the HTTP status. */
    private static String googleStatus(int status) {
        return switch (status) {
            case 400 -> "INVALID_ARGUMENT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "NOT_FOUND";
            case 429 -> "RESOURCE_EXHAUSTED";
            case 503 -> "UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL" : "FAILED_PRECONDITION";
        };
    }

    static long words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
