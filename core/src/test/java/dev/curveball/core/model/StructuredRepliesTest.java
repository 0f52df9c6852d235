package dev.curveball.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StructuredRepliesTest {
    private static final ResponseSchema TURN = OpenAiCompatibleModelTest.schema("user_turn", """
            {"type": "object", "additionalProperties": false, "required": ["message", "stop"],
             "properties": {"message": {"type": "string", "minLength": 1},
                            "stop": {"type": "boolean"},
                            "facts": {"type": "array", "items": {"enum": ["order", "email"]}}}}""");

    @Test
    void acceptsConformingJsonAndReturnsItsValue() {
        ResponseSchema.SchemaCheck check = TURN.check("{\"message\": \"where is my parcel\", \"stop\": false}");

        assertThat(check.conforms()).isTrue();
        assertThat(check.value().path("message").asText()).isEqualTo("where is my parcel");
    }

    @Test
    void readsTheJsonInsideAFencedBlock() {
        String reply = """
                Here you go:
                ```json
                {"message": "refund please", "stop": true}
                ```
                """;

        ResponseSchema.SchemaCheck check = TURN.check(reply);

        assertThat(check.problems()).isEmpty();
        assertThat(check.value().path("stop").asBoolean()).isTrue();
        assertThat(TURN.check("```\n{\"message\": \"x\", \"stop\": true}\n```").conforms()).isTrue();
    }

    @Test
    void saysWhereMalformedJsonBreaks() {
        ResponseSchema.SchemaCheck check = TURN.check("{\"message\": \"unterminated");

        assertThat(check.conforms()).isFalse();
        assertThat(check.value()).isNull();
        assertThat(check.problems()).singleElement().asString().startsWith("the reply is not JSON: ").contains("line 1");
    }

    @Test
    void rejectsProseAndEmptyReplies() {
        assertThat(TURN.check("Sure! I am a customer.").problems()).singleElement().asString().startsWith("the reply is not JSON");
        assertThat(TURN.check("  ").problems()).containsExactly("the reply is empty, expected JSON");
        assertThat(TURN.check("{\"message\": \"a\", \"stop\": true} trailing").conforms()).isFalse();
    }

    @Test
    void listsEachSchemaViolationWithItsPath() {
        ResponseSchema.SchemaCheck check = TURN.check("{\"message\": 3, \"facts\": [\"order\", \"password\"], \"mood\": \"angry\"}");

        assertThat(check.conforms()).isFalse();
        assertThat(check.value()).isNotNull();
        assertThat(check.problems()).containsExactly(
                "$.facts[1]: does not have a value in the enumeration [\"order\", \"email\"]",
                "$.message: integer found, string expected",
                "$: property 'mood' is not defined in the schema and the schema does not allow additional properties",
                "$: required property 'stop' not found");
    }

    @Test
    void aWrongRootTypeIsReportedAtTheRoot() {
        assertThat(TURN.check("[1, 2]").problems()).containsExactly("$: array found, object expected");
    }
}
