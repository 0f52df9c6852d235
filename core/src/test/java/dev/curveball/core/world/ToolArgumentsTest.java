package dev.curveball.core.world;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ToolArgumentsTest {
    private static final ToolDefinition REFUND = tool("""
            {"type": "object",
             "properties": {"order_id": {"type": "string"}, "amount": {"type": "number"}, "count": {"type": "integer"},
                            "urgent": {"type": "boolean"}, "channel": {"type": "string", "enum": ["email", "phone"]},
                            "tags": {"type": "array", "items": {"type": "string"}},
                            "address": {"type": "object", "properties": {"zip": {"type": "string"}}, "required": ["zip"]},
                            "note": {"type": ["string", "null"]}},
             "required": ["order_id", "amount"]}""");

    @Test
    void acceptsArgumentsThatFitTheSchema() {
        assertThat(ToolArguments.problems(REFUND, json("{'order_id':'A-1','amount':40,'count':3.0,'urgent':true,'channel':'email',"
                + "'tags':['x'],'address':{'zip':'123'},'note':null,'extra':1}"))).isEmpty();
    }

    @Test
    void namesTheArgumentAndTheTypeItMustHave() {
        assertThat(ToolArguments.problem(REFUND, json("{'order_id':'A-1','amount':'forty'}")))
                .contains("argument 'amount' must be a number, was \"forty\"");
        assertThat(ToolArguments.problem(REFUND, json("{'order_id':5001,'amount':1}")))
                .contains("argument 'order_id' must be a string, was 5001");
        assertThat(ToolArguments.problem(REFUND, json("{'order_id':'A','amount':1,'count':2.5}")))
                .contains("argument 'count' must be an integer, was 2.5");
        assertThat(ToolArguments.problem(REFUND, json("{'order_id':'A','amount':1,'urgent':'yes'}")))
                .contains("argument 'urgent' must be a boolean, was \"yes\"");
        assertThat(ToolArguments.problem(REFUND, json("{'order_id':'A','amount':1,'note':3}")))
                .contains("argument 'note' must be a string or null, was 3");
    }

    @Test
    void refusesAValueOutsideTheEnum() {
        assertThat(ToolArguments.problem(REFUND, json("{'order_id':'A','amount':1,'channel':'fax'}")))
                .contains("argument 'channel' must be one of [\"email\",\"phone\"], was \"fax\"");
    }

    @Test
    void checksArrayItemsAndNestedObjects() {
        assertThat(ToolArguments.problems(REFUND, json("{'order_id':'A','amount':1,'tags':['a',2],'address':{}}")))
                .containsExactly("argument 'tags[1]' must be a string, was 2", "missing required argument 'address.zip'");
    }

    @Test
    void reportsMissingRequiredArgumentsAndANullRequiredOneAsMissing() {
        assertThat(ToolArguments.problems(REFUND, json("{'order_id':null}")))
                .containsExactly("missing required argument 'order_id'", "missing required argument 'amount'");
    }

    @Test
    void refusesArgumentsThatAreNotAnObject() {
        assertThat(ToolArguments.problem(REFUND, TextNode.valueOf("order_id=A-1")))
                .contains("the arguments must be a JSON object, were \"order_id=A-1\"");
        assertThat(ToolArguments.problem(REFUND, null)).contains("the arguments must be a JSON object, were nothing");
    }

    @Test
    void refusesUnnamedArgumentsOnlyWhenTheSchemaClosesItsProperties() {
        ToolDefinition closed = tool("{'type':'object','properties':{'q':{'type':'string'}},'additionalProperties':false}");

        assertThat(ToolArguments.problem(closed, json("{'q':'x','limit':3}")))
                .contains("unexpected argument 'limit'; the tool takes q");
    }

    @Test
    void cutsALongWrongValueShort() {
        String problem = ToolArguments.problem(REFUND, json("{'order_id':'A','amount':'" + "x".repeat(200) + "'}")).orElseThrow();

        assertThat(problem).hasSizeLessThan(120).endsWith("...");
    }

    private static ToolDefinition tool(String parameters) {
        return new ToolDefinition("t", "a tool", (ObjectNode) json(parameters),
                new ToolBehaviour.Search("results"), null, null, null);
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
