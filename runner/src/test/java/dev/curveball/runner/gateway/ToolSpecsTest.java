package dev.curveball.runner.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.runner.testkit.AcmeWorld;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolSpecsTest {

    @Test
    void describesEveryToolAsAnOpenAiFunctionSpec() {
        List<ObjectNode> specs = ToolSpecs.of(AcmeWorld.world());

        assertThat(specs).extracting(s -> s.path("function").path("name").asText()).containsExactlyElementsOf(AcmeWorld.world().toolNames());
        ObjectNode getOrder = specs.get(2);
        assertThat(getOrder.path("type").asText()).isEqualTo("function");
        assertThat(fieldNames(getOrder)).containsExactly("type", "function");
        assertThat(fieldNames(getOrder.path("function"))).containsExactly("name", "description", "parameters");
        assertThat(getOrder.path("function").path("parameters").path("required").get(0).asText()).isEqualTo("order_id");
    }

    @Test
    void keepsBehaviourApprovalRulesAndClaimsOutOfTheSpecs() {
        String specs = ToolSpecs.of(AcmeWorld.world()).toString();

        assertThat(specs).doesNotContain("behaviour", "high_impact", "claims", "id_prefix", "markers");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
