package dev.curveball.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.runner.gateway.ToolSpecs;
import dev.curveball.runner.testkit.AcmeWorld;
import dev.curveball.runner.testkit.TestJson;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import org.junit.jupiter.api.Test;

class FunctionSpecsTest {
    @Test
    void convertsEveryAcmeToolWithItsDescriptionPropertiesAndRequiredFields() {
        for (ObjectNode spec : ToolSpecs.of(AcmeWorld.world())) {
            ToolSpecification tool = FunctionSpecs.toolSpecification(spec);
            assertThat(tool.name()).isEqualTo(spec.path("function").path("name").asText());
            assertThat(tool.description()).isEqualTo(spec.path("function").path("description").asText());
            assertThat(tool.parameters().properties().keySet())
                    .containsExactlyElementsOf(() -> spec.path("function").path("parameters").path("properties").fieldNames());
        }
        ToolSpecification refund = FunctionSpecs.toolSpecification(ToolSpecs.of(AcmeWorld.world()).stream()
                .filter(s -> FunctionSpecs.name(s).equals("issue_refund")).findFirst().orElseThrow());
        assertThat(refund.parameters().required()).contains("order_id", "amount");
        assertThat(refund.parameters().properties().get("amount")).isInstanceOf(JsonNumberSchema.class);
        assertThat(refund.parameters().properties().get("order_id")).isInstanceOf(JsonStringSchema.class);
    }

    @Test
    void keepsEnumsTypedAndSendsConstraintsTheTypedSchemaCannotHoldAsTheyAre() {
        ObjectNode spec = (ObjectNode) TestJson.parse("{'type':'function','function':{'name':'update_ticket','description':'d','parameters':"
                + "{'type':'object','properties':{'status':{'type':'string','enum':['open','solved']},"
                + "'order_id':{'type':'string','pattern':'^A-[0-9]{4}$'},'amount':{'type':'number','minimum':0}},'required':['status']}}}");

        ToolSpecification tool = FunctionSpecs.toolSpecification(spec);

        assertThat(tool.parameters().properties().get("status")).isInstanceOfSatisfying(JsonEnumSchema.class,
                e -> assertThat(e.enumValues()).containsExactly("open", "solved"));
        assertThat(tool.parameters().properties().get("order_id")).isInstanceOfSatisfying(JsonRawSchema.class,
                raw -> assertThat(raw.schema()).contains("\"pattern\":\"^A-[0-9]{4}$\""));
        assertThat(tool.parameters().properties().get("amount")).isInstanceOfSatisfying(JsonRawSchema.class,
                raw -> assertThat(raw.schema()).contains("\"minimum\":0"));
        assertThat(tool.parameters().required()).containsExactly("status");
    }
}
