package dev.curveball.core.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.curveball.core.io.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a tool call's arguments against the tool's JSON-schema parameters, the same way for the
 * gateway (which answers 400 with the message) and the judge (whose {@code tool-arguments} check
 * fails on it): the arguments form an object, every {@code required} argument is there, and each
 * argument the schema describes has its {@code type} (string, number, integer, boolean, array,
 * object, null, or a list of them) and is one of its {@code enum} values; an {@code array}'s
 * {@code items} and an {@code object}'s {@code properties} are checked the same way, one level
 * at a time. With {@code additionalProperties: false} an argument the schema does not name is a
 * problem too. An optional argument sent as {@code null} counts as left out (function-calling
 * models write nullable optionals so); a required one sent as {@code null} is missing.
 *
 * <pre>{@code ToolArguments.problem(issueRefund, {"order_id": "A-5001", "amount": "forty", "reason": "late"})
 * // Optional["argument 'amount' must be a number, was \"forty\""]
 * ToolArguments.problem(issueRefund, {"order_id": "A-5001"})
 * // Optional["missing required argument 'amount'"]}</pre>
 */
public final class ToolArguments {
    private static final int QUOTE_LENGTH = 60;

    private ToolArguments() {
    }

    /** The first thing wrong with {@code arguments} for {@code tool}, or empty when they fit its schema. */
    public static Optional<String> problem(ToolDefinition tool, JsonNode arguments) {
        List<String> problems = problems(tool, arguments);
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems.get(0));
    }

    /** Everything wrong with {@code arguments} for {@code tool}, in the schema's order; empty when they fit. */
    public static List<String> problems(ToolDefinition tool, JsonNode arguments) {
        if (arguments == null || !arguments.isObject()) {
            return List.of("the arguments must be a JSON object, were " + quote(arguments));
        }
        List<String> problems = new ArrayList<>();
        object("", tool.parameters(), arguments, problems);
        return List.copyOf(problems);
    }

    private static void object(String path, JsonNode schema, JsonNode value, List<String> problems) {
        for (JsonNode name : schema.path("required")) {
            if (!value.hasNonNull(name.asText())) {
                problems.add("missing required argument '" + path + name.asText() + "'");
            }
        }
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode described = properties.get(field.getKey());
            if (described != null) {
                // null is an optional argument left out; a required one is reported as missing above
                if (!field.getValue().isNull()) {
                    value(path + field.getKey(), described, field.getValue(), problems);
                }
            } else if (schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean()) {
                problems.add("unexpected argument '" + path + field.getKey() + "'; the tool takes "
                        + String.join(", ", names(properties)));
            }
        }
    }

    private static void value(String path, JsonNode schema, JsonNode value, List<String> problems) {
        List<String> types = types(schema.get("type"));
        if (!types.isEmpty() && types.stream().noneMatch(type -> fits(type, value))) {
            problems.add("argument '" + path + "' must be " + described(types) + ", was " + quote(value));
            return;
        }
        JsonNode allowed = schema.get("enum");
        if (allowed != null && allowed.isArray() && !contains(allowed, value)) {
            problems.add("argument '" + path + "' must be one of " + Json.write(allowed) + ", was " + quote(value));
            return;
        }
        if (value.isObject() && (schema.has("properties") || schema.has("required"))) {
            object(path + ".", schema, value, problems);
        } else if (value.isArray() && schema.path("items").isObject()) {
            for (int i = 0; i < value.size(); i++) {
                value(path + "[" + i + "]", schema.get("items"), value.get(i), problems);
            }
        }
    }

    private static List<String> types(JsonNode type) {
        if (type == null) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        if (type.isTextual()) {
            types.add(type.asText());
        } else {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    /** JSON Schema's types: an integer is a number with no fraction, so 3.0 is an integer. */
    static boolean fits(String type, JsonNode value) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber() || value.isNumber() && isWhole(value);
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            case "null" -> value.isNull();
            default -> true; // a type this check does not know is the world validator's business, not a call's fault
        };
    }

    private static boolean isWhole(JsonNode value) {
        try {
            return value.decimalValue().stripTrailingZeros().scale() <= 0;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static boolean contains(JsonNode allowed, JsonNode value) {
        for (JsonNode option : allowed) {
            if (option.equals(value) || option.isNumber() && value.isNumber() && option.decimalValue().compareTo(value.decimalValue()) == 0) {
                return true;
            }
        }
        return false;
    }

    private static String described(List<String> types) {
        List<String> words = types.stream().map(ToolArguments::article).toList();
        return words.size() == 1 ? words.get(0) : String.join(" or ", words);
    }

    private static String article(String type) {
        return switch (type) {
            case "integer", "array", "object" -> "an " + type;
            case "null" -> "null";
            default -> "a " + type;
        };
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The value as JSON, cut short: a wrong argument may be a whole document. */
    private static String quote(JsonNode value) {
        if (value == null || value.getNodeType() == JsonNodeType.MISSING) {
            return "nothing";
        }
        String json = Json.write(value);
        return json.length() <= QUOTE_LENGTH ? json : json.substring(0, QUOTE_LENGTH) + "...";
    }
}
