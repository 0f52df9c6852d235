package dev.curveball.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.curveball.core.io.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a structured reply's text against its {@link ResponseSchema}: parsed as JSON (inside a
 * {@code ```json} fence if the model wrapped it in one, as models do), then validated with
 * networknt's JSON Schema validator (draft 2020-12 unless the schema names another). Problems read
 * {@code $.brief.goal: integer found, string expected}, ready to quote back to the model.
 */
final class StructuredReplies {
    private static final Pattern FENCE = Pattern.compile("```[A-Za-z0-9_-]*[ \\t]*\\R(.*?)\\R?[ \\t]*```", Pattern.DOTALL);
    private static final int PROBLEM_LIMIT = 10;
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_PATH).locale(Locale.ENGLISH).build()));
    /** Compiled once per schema: a run checks thousands of replies against a handful of schemas. */
    private static final Map<ObjectNode, Schema> COMPILED = new ConcurrentHashMap<>();

    private StructuredReplies() {
    }

    static ResponseSchema.SchemaCheck check(ResponseSchema schema, String replyText) {
        String json = unfenced(replyText == null ? "" : replyText);
        if (json.isEmpty()) {
            return new ResponseSchema.SchemaCheck(null, List.of("the reply is empty, expected JSON"));
        }
        JsonNode value;
        try {
            value = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return new ResponseSchema.SchemaCheck(null, List.of("the reply is not JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")")));
        }
        List<String> problems = COMPILED.computeIfAbsent(schema.schema().deepCopy(), StructuredReplies::compile)
                .validate(value).stream()
                .map(error -> location(error.getInstanceLocation().toString()) + ": " + error.getMessage())
                .distinct().sorted().toList();
        if (problems.size() > PROBLEM_LIMIT) {
            int more = problems.size() - PROBLEM_LIMIT;
            problems = Stream.concat(problems.stream().limit(PROBLEM_LIMIT),
                    Stream.of("... and " + more + " more")).toList();
        }
        return new ResponseSchema.SchemaCheck(value, problems);
    }

    /** The body of the first fenced block when there is one, else the whole text, trimmed. */
    static String unfenced(String text) {
        Matcher fence = FENCE.matcher(text);
        return fence.find() ? fence.group(1).strip() : text.strip();
    }

    private static String location(String path) {
        return path.isEmpty() ? "$" : path;
    }

    /** Validators built at once, as FileSchema does: built lazily they would be shared unsafely under --parallel. */
    private static Schema compile(JsonNode schema) {
        Schema compiled = REGISTRY.getSchema(schema);
        compiled.initializeValidators();
        return compiled;
    }
}
