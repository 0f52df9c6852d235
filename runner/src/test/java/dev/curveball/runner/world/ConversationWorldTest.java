package dev.curveball.runner.world;

import static dev.curveball.runner.testkit.TestJson.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.world.ToolBehaviour;
import dev.curveball.core.world.ToolDefinition;
import dev.curveball.runner.testkit.AcmeWorld;
import dev.curveball.runner.testkit.ScenarioFixture;
import dev.curveball.runner.trace.TraceRecorder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationWorldTest {
    private final TraceRecorder recorder = new TraceRecorder();
    private final ConversationWorld world = worldFor(ScenarioFixture.asCustomer("C-1001").build());

    private ConversationWorld worldFor(Scenario scenario) {
        return new ConversationWorld(AcmeWorld.world(), scenario, recorder);
    }

    /** Each kind of the sealed behaviour has its engine: a call of a tool of each kind gets a real answer. */
    @Test
    void answersAToolOfEveryBehaviourKind() {
        for (Class<?> kind : ToolBehaviour.class.getPermittedSubclasses()) {
            ToolDefinition tool = AcmeWorld.world().tools().stream().filter(t -> kind.isInstance(t.behaviour())).findFirst()
                    .orElseThrow(() -> new AssertionError("acme-support declares no " + kind.getSimpleName() + " tool to call"));
            ObjectNode arguments = Json.object();
            tool.requiredArguments().forEach(a -> {
                if (a.equals("amount")) {
                    arguments.put(a, 59.0); // the schema says number, and a wrong type is answered 400
                } else {
                    arguments.put(a, a.equals("customer_id") ? "C-1001" : a.equals("query") ? "refund" : "A-5001");
                }
            });

            ToolResponse response = world.call(tool.name(), arguments);

            assertThat(response.status()).as(tool.name()).isEqualTo(200);
        }
    }

    @Test
    void looksUpTheUsersOwnOrderProjectedToTheDeclaredFields() {
        ToolResponse response = world.call("get_order", parse("{'order_id':'A-5001'}"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(fieldNames(response.body())).containsExactly(
                "order_id", "customer_id", "item", "amount", "currency", "delivered_on", "status", "opened");
        assertThat(response.body().path("item").asText()).isEqualTo("noise-cancelling headphones");
    }

    @Test
    void deniesAnotherCustomersOrderWithoutRevealingWhatItIs() {
        ToolResponse response = world.call("get_order", parse("{'order_id':'A-5003'}"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().path("error").asText()).startsWith("permission denied: ")
                .doesNotContain("C-1002").doesNotContain("USB-C");
    }

    @Test
    void deniesAnotherCustomersRecordAndOrderList() {
        assertThat(world.call("lookup_customer", parse("{'customer_id':'C-1002'}")).status()).isEqualTo(403);
        assertThat(world.call("list_orders", parse("{'customer_id':'C-1002'}")).status()).isEqualTo(403);
    }

    @Test
    void listsTheUsersOrdersUnderTheWrapField() {
        ToolResponse response = world.call("list_orders", parse("{'customer_id':'C-1001'}"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("orders")).extracting(o -> o.path("order_id").asText())
                .containsExactly("A-5001", "A-5002", "A-5004");
    }

    @Test
    void answersNotFoundForAnOrderThatDoesNotExist() {
        ToolResponse response = world.call("get_order", parse("{'order_id':'A-9999'}"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().path("error").asText()).contains("A-9999");
    }

    @Test
    void answersBadRequestForMissingOrNonObjectArguments() {
        assertThat(world.call("get_order", parse("{}")).body().path("error").asText())
                .isEqualTo("missing required argument 'order_id' for tool get_order");
        assertThat(world.call("get_order", TextNode.valueOf("A-5001")).status()).isEqualTo(400);
        assertThat(world.call("get_order", null).status()).isEqualTo(400);
    }

    @Test
    void answersBadRequestForAnArgumentOfTheWrongTypeOrOutsideItsEnumAndChangesNothing() {
        assertThat(world.call("issue_refund", parse("{'order_id':'A-5002','amount':'59','reason':'x'}")).body().path("error").asText())
                .isEqualTo("argument 'amount' must be a number, was \"59\" for tool issue_refund");
        assertThat(world.call("update_ticket", parse("{'status':'closed','note':'x'}")).body().path("error").asText())
                .isEqualTo("argument 'status' must be one of [\"open\",\"pending\",\"solved\"], was \"closed\" for tool update_ticket");
        assertThat(world.finalState().collection("refunds")).isEmpty();
    }

    @Test
    void answersAndRecordsAnUndeclaredTool() {
        ToolResponse response = world.call("delete_account", parse("{'customer_id':'C-1001'}"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().path("error").asText()).startsWith("unknown tool 'delete_account'; known: lookup_customer, ");
        assertThat(recorder.events()).hasSize(2);
        assertThat(recorder.events().get(0)).isInstanceOfSatisfying(ToolCall.class, c -> assertThat(c.tool()).isEqualTo("delete_account"));
        assertThat(recorder.events().get(1)).isInstanceOfSatisfying(ToolResult.class, r -> assertThat(r.status()).isEqualTo(404));
    }

    @Test
    void searchReturnsEveryVersionOfAMatchingDocumentWithCurrentOnesFirst() {
        JsonNode results = world.call("search_policy", parse("{'query':'Refund window'}")).body().path("results");

        assertThat(results.get(0).path("doc_id").asText()).isEqualTo("refund-policy");
        assertThat(results.get(0).path("version").asInt()).isEqualTo(3);
        assertThat(results.get(results.size() - 1).path("status").asText()).isEqualTo("superseded");
        assertThat(results).allSatisfy(r -> assertThat(fieldNames(r))
                .containsExactly("doc_id", "title", "version", "effective_from", "status", "text"));
    }

    @Test
    void searchWithoutAMatchAnswersAnEmptyList() {
        ToolResponse response = world.call("search_policy", parse("{'query':'xylophone zeppelin'}"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("results")).isEmpty();
    }

    @Test
    void numbersCallsPerConversationAndPerTool() {
        world.call("get_order", parse("{'order_id':'A-5001'}"));
        world.call("list_orders", parse("{'customer_id':'C-1001'}"));
        world.call("get_order", parse("{'order_id':'A-5002'}"));

        List<ToolCall> calls = recorder.events().stream().filter(ToolCall.class::isInstance).map(ToolCall.class::cast).toList();
        assertThat(calls).extracting(ToolCall::callId).containsExactly("c1", "c2", "c3");
        assertThat(calls).extracting(ToolCall::call).containsExactly(1, 1, 2);
    }

    @Test
    void recordsEveryCallFromParallelThreadsWithDistinctIds() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Thread thread = new Thread(() -> world.call("issue_refund", parse("{'order_id':'A-5002','amount':1,'reason':'r'}")));
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(world.finalState().collection("refunds")).extracting(r -> r.path("refund_id").asText())
                .doesNotHaveDuplicates().hasSize(16).contains("RF-0001", "RF-0016");
        assertThat(recorder.events().stream().filter(ToolCall.class::isInstance).map(e -> ((ToolCall) e).callId()))
                .doesNotHaveDuplicates().hasSize(16);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<Class<?>> types(List<TraceEvent> events) {
        return events.stream().<Class<?>>map(Object::getClass).toList();
    }
}
