package dev.curveball.core.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.io.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolClientTest {
    private final List<JsonNode> sent = new ArrayList<>();
    private final ToolClient tools = (tool, arguments) -> {
        sent.add(arguments);
        return tool.equals("get_order") ? new ToolResponse(200, Json.tree(Map.of("order_id", "A-5001", "amount", 249.0)))
                : new ToolResponse(403, Json.tree(Map.of("error", "permission denied: A-5003 belongs to another customer")));
    };

    @Test
    void sendsMapArgumentsAsTheSameJsonObject() {
        tools.call("get_order", Map.of("order_id", "A-5001", "limit", 2));

        assertThat(sent.get(0).path("order_id").asText()).isEqualTo("A-5001");
        assertThat(sent.get(0).path("limit").asInt()).isEqualTo(2);
    }

    @Test
    void sendsJsonTextArgumentsParsed() {
        tools.call("get_order", "{\"order_id\": \"A-5001\"}");

        assertThat(sent.get(0).isObject()).isTrue();
        assertThat(sent.get(0).path("order_id").asText()).isEqualTo("A-5001");
    }

    @Test
    void refusesArgumentsThatAreNotJsonNamingTheTool() {
        assertThatThrownBy(() -> tools.call("get_order", "{order_id: A-5001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("arguments for get_order are not JSON");
    }

    @Test
    void readsFieldsOfAnAnswer() {
        ToolResponse answer = tools.call("get_order", Map.of("order_id", "A-5001"));

        assertThat(answer.ok()).isTrue();
        assertThat(answer.text("order_id")).isEqualTo("A-5001");
        assertThat(answer.get("amount").asDouble()).isEqualTo(249.0);
        assertThat(answer.text("missing")).isEmpty();
        assertThat(answer.get("missing").path("deeper").isMissingNode()).isTrue();
        assertThat(answer.error()).isEmpty();
    }

    @Test
    void saysWhyAFailedCallFailed() {
        ToolResponse denied = tools.call("lookup_customer", Map.of("customer_id", "C-1002"));

        assertThat(denied.ok()).isFalse();
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.error()).isEqualTo("permission denied: A-5003 belongs to another customer");
        assertThat(new ToolResponse(504, null).error()).isEqualTo("status 504");
        assertThat(new ToolResponse(504, null).text("error")).isEmpty();
    }
}
