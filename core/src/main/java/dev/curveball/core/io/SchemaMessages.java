package dev.curveball.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.io.SourceLocator.Found;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words for one schema error, in the voice of {@link InputErrors}: what the field expects and
 * what it got, as spelled in the files ({@code expected an integer, got 'three'}), never the
 * validator's wording. {@code rule} is the part of the schema holding the failed keyword.
 */
final class SchemaMessages {
    private static final Map<String, String> TYPES = Map.of("string", "text", "integer", "an integer", "number", "a number",
            "boolean", "true or false", "object", "a mapping", "array", "a list", "null", "nothing");

    private final FileSchema schema;
    private final JsonNode rule;
    private final Error error;
    private final List<Object> at;
    private final Optional<Found> found;

    SchemaMessages(FileSchema schema, JsonNode rule, Error error, List<Object> at, Optional<Found> found) {
        this.schema = schema;
        this.rule = rule;
        this.error = error;
        this.at = at;
        this.found = found;
    }

    String unknownField(List<Object> field, String property) {
        List<String> known = new ArrayList<>();
        rule.path("properties").fieldNames().forEachRemaining(known::add);
        known.sort(null);
        return "unknown field '" + InputErrors.path(field) + "'" + InputErrors.hint(property, known);
    }

    String missing(List<Object> field) {
        JsonNode property = schema.resolve(rule.path("properties").path(error.getProperty()));
        List<String> values = enumValues(property);
        return "missing required field '" + InputErrors.path(field) + "'" + (values.isEmpty() ? "" : " (one of: " + String.join(", ", values) + ")");
    }

    /** Why a rule applies when it comes from an {@code if}/{@code then}: {@code (needed because kind is 'lookup')}. */
    String condition() {
        NodePath fragment = error.getSchemaLocation().getFragment();
        for (int i = fragment.getNameCount() - 1; i >= 0; i--) {
            if ("then".equals(fragment.getElement(i))) {
                return because(schema.at(fragment, i).path("if").path("properties"));
            }
        }
        return "";
    }

    private static String because(JsonNode conditions) {
        if (conditions.size() != 1) {
            return "";
        }
        Map.Entry<String, JsonNode> only = conditions.fields().next();
        JsonNode test = only.getValue();
        if (test.has("const")) {
            return " (needed because " + only.getKey() + " is '" + test.get("const").asText() + "')";
        }
        return test.path("contains").has("const") ? " (needed because " + only.getKey() + " lists '" + test.path("contains").get("const").asText() + "')" : "";
    }

    String invalid() {
        return switch (error.getKeyword()) {
            case "type" -> wrongType();
            case "enum" -> field() + ": " + Vocabulary.unknown(rule.path("title").asText("value"), given(), enumValues(rule));
            case "const" -> field() + ": expected '" + rule.path("const").asText() + "', got " + shown();
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> field() + " must " + bound() + ", was " + given();
            case "minItems" -> field() + " must list at least " + (rule.path("minItems").asInt() == 1 ? "one entry" : rule.path("minItems").asInt() + " entries");
            case "minLength" -> field() + " must not be empty";
            case "pattern" -> "\\S".equals(rule.path("pattern").asText()) ? field() + " must not be blank"
                    : rule.has("title") ? field() + ": " + shown() + " is not a " + rule.path("title").asText()
                    : field() + ": " + shown() + " does not match the pattern " + rule.path("pattern").asText();
            case "format" -> field() + ": expected " + ("date".equals(rule.path("format").asText()) ? "a date (YYYY-MM-DD)"
                    : "the format " + rule.path("format").asText()) + ", got " + shown();
            default -> (at.isEmpty() ? "" : field() + ": ") + error.getMessage();
        };
    }

    private String wrongType() {
        JsonNode node = error.getInstanceNode();
        if ((node == null || node.isNull()) && !at.isEmpty() && at.get(at.size() - 1) instanceof Integer) {
            return field() + " is an empty entry (a bare '-' or '~'); remove it or give it a value";
        }
        List<String> types = new ArrayList<>();
        JsonNode type = rule.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        String expected = types.stream().filter(t -> !t.equals("null")).map(TYPES::get).collect(Collectors.joining(" or "));
        boolean quotable = types.contains("string") && found.map(f -> f.token().isNumeric() || f.token().isBoolean()).orElse(false);
        String problem = "expected " + expected + (at.isEmpty() ? " at the top level" : "") + ", got " + shown()
                + (quotable ? " (put it in quotes to make it text)" : "");
        return at.isEmpty() ? problem : field() + ": " + problem;
    }

    /** The bound as the record constructors word it: {@code be positive}, {@code be between 0 and 1}. */
    private String bound() {
        if (rule.has("minimum") && rule.has("maximum")) {
            return "be between " + number(rule.get("minimum")) + " and " + number(rule.get("maximum"));
        }
        if (rule.has("minimum")) {
            String min = number(rule.get("minimum"));
            return min.equals("0") ? "not be negative" : min.equals("1") && "integer".equals(rule.path("type").asText()) ? "be positive" : "be at least " + min;
        }
        if (rule.has("maximum")) {
            return "be at most " + number(rule.get("maximum"));
        }
        return rule.has("exclusiveMinimum") ? "be above " + number(rule.get("exclusiveMinimum")) : "be below " + number(rule.get("exclusiveMaximum"));
    }

    private String field() {
        return "field '" + InputErrors.path(at) + "'";
    }

    /** The value as written: {@code three}, {@code 1.5}. */
    private String given() {
        return found.map(Found::text).orElseGet(() -> error.getInstanceNode() == null ? "" : error.getInstanceNode().asText());
    }

    /** The value as a message shows it: {@code 'three'}, {@code 42}, {@code a list}, {@code nothing}. */
    private String shown() {
        if (found.isPresent()) {
            return ValueNames.given(found.get());
        }
        JsonNode node = error.getInstanceNode();
        if (node == null || node.isNull()) {
            return "nothing";
        }
        return node.isTextual() ? "'" + node.asText() + "'" : node.isArray() ? "a list" : node.isObject() ? "a mapping" : node.asText();
    }

    private static String number(JsonNode node) {
        return node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText();
    }

    private static List<String> enumValues(JsonNode rule) {
        List<String> values = new ArrayList<>();
        rule.path("enum").forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        return values;
    }
}
