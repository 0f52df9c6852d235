package dev.curveball.runner.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gateway's OpenAI function specs ({@code {"type":"function","function":{name, description,
 * parameters}}}) as LangChain4j tool specifications, so every provider's client sends them in its
 * own shape. A schema LangChain4j's typed elements can say exactly (types, descriptions,
 * properties, required, enums, items, anyOf) becomes those elements; one with more (a pattern, a
 * minimum, a format) goes as it is, raw, so the model sees every constraint the world checks.
 *
 * <pre>{@code FunctionSpecs.toolSpecification(ToolSpecs.of(acme).get(0)).name()   // "lookup_customer"}</pre>
 */
final class FunctionSpecs {
    private static final Map<String, Set<String>> TYPED_KEYS = Map.of(
            "string", Set.of("type", "description"),
            "integer", Set.of("type", "description"),
            "number", Set.of("type", "description"),
            "boolean", Set.of("type", "description"),
            "null", Set.of("type"),
            "array", Set.of("type", "description", "items"),
            "object", Set.of("type", "description", "properties", "required", "additionalProperties"));

    private FunctionSpecs() {
    }

    static ToolSpecification toolSpecification(ObjectNode spec) {
        JsonNode function = spec.path("function");
        ToolSpecification.Builder tool = ToolSpecification.builder().name(function.path("name").asText());
        if (function.path("description").isTextual()) {
            tool.description(function.path("description").asText());
        }
        JsonNode parameters = function.path("parameters");
        if (parameters.isObject() && parameters.path("properties").isObject()) {
            tool.parameters(object(parameters));
        }
        return tool.build();
    }

    /** The tool's name as the spec gives it. */
    static String name(ObjectNode spec) {
        return spec.path("function").path("name").asText();
    }

    private static JsonObjectSchema object(JsonNode schema) {
        Map<String, JsonSchemaElement> properties = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), element(p.getValue())));
        JsonObjectSchema.Builder object = JsonObjectSchema.builder().description(description(schema)).addProperties(properties);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        if (!required.isEmpty()) {
            object.required(required);
        }
        if (schema.path("additionalProperties").isBoolean()) {
            object.additionalProperties(schema.path("additionalProperties").asBoolean());
        }
        return object.build();
    }

    private static JsonSchemaElement element(JsonNode schema) {
        if (schema.has("enum") && textOnly(schema.get("enum")) && keysWithin(schema, Set.of("type", "description", "enum"))
                && schema.path("type").asText("string").equals("string")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(v -> values.add(v.asText()));
            return JsonEnumSchema.builder().description(description(schema)).enumValues(values).build();
        }
        if (schema.path("anyOf").isArray() && keysWithin(schema, Set.of("anyOf", "description"))) {
            List<JsonSchemaElement> options = new ArrayList<>();
            schema.get("anyOf").forEach(option -> options.add(element(option)));
            return JsonAnyOfSchema.builder().description(description(schema)).anyOf(options).build();
        }
        String type = schema.path("type").isTextual() ? schema.path("type").asText() : "";
        if (!TYPED_KEYS.containsKey(type) || !keysWithin(schema, TYPED_KEYS.get(type))) {
            return JsonRawSchema.from(Json.write(schema));
        }
        return switch (type) {
            case "string" -> JsonStringSchema.builder().description(description(schema)).build();
            case "integer" -> JsonIntegerSchema.builder().description(description(schema)).build();
            case "number" -> JsonNumberSchema.builder().description(description(schema)).build();
            case "boolean" -> JsonBooleanSchema.builder().description(description(schema)).build();
            case "null" -> new JsonNullSchema();
            case "array" -> schema.path("items").isObject()
                    ? JsonArraySchema.builder().description(description(schema)).items(element(schema.get("items"))).build()
                    : JsonRawSchema.from(Json.write(schema));
            default -> object(schema);
        };
    }

    private static boolean keysWithin(JsonNode schema, Set<String> allowed) {
        List<String> keys = new ArrayList<>();
        schema.fieldNames().forEachRemaining(keys::add);
        return allowed.containsAll(keys);
    }

    private static boolean textOnly(JsonNode values) {
        if (!values.isArray() || values.isEmpty()) {
            return false;
        }
        for (JsonNode value : values) {
            if (!value.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static String description(JsonNode schema) {
        return schema.path("description").isTextual() ? schema.path("description").asText() : null;
    }
}
