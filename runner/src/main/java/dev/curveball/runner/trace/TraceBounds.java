package dev.curveball.runner.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.trace.TraceEvent;
import java.util.Iterator;
import java.util.Map;

/**
 * The bound on what enters a trace: any string in an event (a tool's arguments or result, a reply,
 * a message) longer than {@link #MAX_STRING} characters is cut to that length and ends with a
 * marker saying how long it was, so a 25 MB tool body costs the run directory 1 MB, not 25.
 * The judge reads the same bounded event that is written.
 *
 * <pre>{@code TraceBounds.bound(new AgentMessage(at, "x".repeat(3_000_000), 12, null))
 * // text: 1 000 000 x's, then "... [cut by Curveball: 3000000 characters, the first 1000000 kept]"}</pre>
 */
public final class TraceBounds {
    /** The longest string an event keeps whole (characters). */
    public static final int MAX_STRING = 1_000_000;

    private TraceBounds() {
    }

    /** {@code event} itself when every string in it fits; else a copy with the long ones cut. */
    public static TraceEvent bound(TraceEvent event) {
        JsonNode tree = Json.tree(event);
        if (!cut(tree)) {
            return event;
        }
        try {
            return Json.mapper().treeToValue(tree, TraceEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a trace event cut to size no longer reads as one: " + e.getOriginalMessage(), e);
        }
    }

    /** The text as an event keeps it. */
    public static String bound(String text) {
        if (text == null || text.length() <= MAX_STRING) {
            return text;
        }
        int keep = Character.isHighSurrogate(text.charAt(MAX_STRING - 1)) ? MAX_STRING - 1 : MAX_STRING;
        return text.substring(0, keep) + "... [cut by Curveball: " + text.length() + " characters, the first " + keep + " kept]";
    }

    /** Cuts every long string under {@code node} in place; true when it cut any. */
    private static boolean cut(JsonNode node) {
        boolean cut = false;
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (tooLong(field.getValue())) {
                    field.setValue(TextNode.valueOf(bound(field.getValue().textValue())));
                    cut = true;
                } else {
                    cut |= cut(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (tooLong(array.get(i))) {
                    array.set(i, TextNode.valueOf(bound(array.get(i).textValue())));
                    cut = true;
                } else {
                    cut |= cut(array.get(i));
                }
            }
        }
        return cut;
    }

    private static boolean tooLong(JsonNode node) {
        return node.isTextual() && node.textValue().length() > MAX_STRING;
    }
}
