package dev.curveball.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.error.Require;

/**
 * The JSON Schema a structured reply must match: sent to the model as its response format and
 * checked on the reply, since no provider's promise to follow it is trusted.
 *
 * <pre>{@code new ResponseSchema("user_turn", Json.read(schemaText, ObjectNode.class))}</pre>
 */
public record ResponseSchema(String name, ObjectNode schema) {
    public ResponseSchema {
        Require.text(name, "name");
        Require.present(schema, "schema");
    }

    /**
     * Parses {@code replyText} as JSON and checks it against the schema. Never throws on bad text:
     * a reply that is not JSON or breaks the schema is a {@link SchemaCheck} with problems.
     */
    public SchemaCheck check(String replyText) {
        return StructuredReplies.check(this, replyText);
    }

    /**
     * The outcome of {@link #check}: the parsed value ({@code null} when the text is not JSON) and
     * what is wrong with it, one short line each; use the value only when it {@link #conforms()}.
     */
    public record SchemaCheck(JsonNode value, java.util.List<String> problems) {
        public SchemaCheck {
            problems = java.util.List.copyOf(problems);
        }

        public boolean conforms() {
            return problems.isEmpty();
        }
    }
}
