package dev.curveball.examples.starter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Hands the conversation to a person through the world's hand-off tool, filling its required
 * arguments by name ({@code reason}, {@code summary}, the user's id, the record the user named), and
 * says only what the tool confirmed. A write is never retried: a failed hand-off is reported as
 * failed, and the agent does not try again in later turns.
 *
 * <pre>{@code HandOff.to(catalogue, "M-100", Optional.of("B-302"), "refund for my book box", tools)
 * // "So I've handed your case about B-302 to a colleague on our team (ticket HT-0001), who will contact you."}</pre>
 */
final class HandOff {
    /** The agent's own words after a failed hand-off; later turns read them to avoid a second attempt. */
    static final String FAILED = "I tried to pass your case to a colleague, but our system didn't take it just now.";
    static final String DONE = "I've handed your case";
    private static final String REASON = "needs a person: the starter agent looks things up but takes no actions";
    private static final int SUMMARY_LIMIT = 300;

    private HandOff() {
    }

    static String to(ToolCatalogue catalogue, String userId, Optional<String> about, String request, ToolClient tools) {
        if (catalogue.handOff().isEmpty()) {
            return "I can't hand this to a person from here; please contact our team directly" + about.map(id -> " about " + id).orElse("") + ".";
        }
        ToolCatalogue.Tool tool = catalogue.handOff().get();
        ObjectNode arguments = Json.object();
        for (String name : tool.required()) {
            arguments.put(name, value(name, catalogue, userId, about, request));
        }
        ToolResponse response = tools.call(tool.name(), arguments);
        if (!response.ok()) {
            return FAILED + " Please try again in a few minutes, or contact our team directly.";
        }
        return "So " + DONE + about.map(id -> " about " + id).orElse("") + " to a colleague on our team"
                + reference(response.body()).map(ref -> " (ticket " + ref + ")").orElse("") + ", who will contact you.";
    }

    private static String value(String argument, ToolCatalogue catalogue, String userId, Optional<String> about, String request) {
        if (argument.equals(catalogue.subjectArgument())) {
            return userId;
        }
        if (argument.endsWith("_id") && about.isPresent()) {
            return about.get();
        }
        if (argument.equals("reason")) {
            return REASON;
        }
        String summary = "User " + userId + " asked: " + request.strip();
        return summary.length() <= SUMMARY_LIMIT ? summary : summary.substring(0, SUMMARY_LIMIT) + "...";
    }

    /** The ticket the tool answered: its first {@code *_id} field. */
    private static Optional<String> reference(JsonNode body) {
        if (body == null) {
            return Optional.empty();
        }
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().endsWith("_id") && field.getValue().isValueNode()) {
                return Optional.of(field.getValue().asText());
            }
        }
        return Optional.empty();
    }
}
