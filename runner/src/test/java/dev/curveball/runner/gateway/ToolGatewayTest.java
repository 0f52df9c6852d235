package dev.curveball.runner.gateway;

import static dev.curveball.runner.testkit.TestJson.parse;
import static dev.curveball.runner.testkit.TestJson.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.runner.testkit.AcmeWorld;
import dev.curveball.runner.testkit.LoopbackClient;
import dev.curveball.runner.testkit.LoopbackClient.Answer;
import dev.curveball.runner.testkit.ScenarioFixture;
import dev.curveball.runner.trace.TraceRecorder;
import dev.curveball.runner.world.ConversationWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ToolGatewayTest {
    private final ToolGateway gateway = new ToolGateway();
    private final LoopbackClient http = new LoopbackClient();
    private final TraceRecorder recorder = new TraceRecorder();

    @AfterEach
    void stopGateway() {
        gateway.close();
    }

    private ToolAccess register(String conversationId, Scenario scenario, TraceRecorder trace) {
        return tools(conversationId, scenario, trace).access();
    }

    private ConversationTools tools(String conversationId, Scenario scenario, TraceRecorder trace) {
        return gateway.register(conversationId, new ConversationWorld(AcmeWorld.world(), scenario, trace));
    }

    private ToolAccess registerDana() {
        return register("s0001-t1", ScenarioFixture.asCustomer("C-1001").build(), recorder);
    }

    @Test
    void listsTheToolSpecsAtTheBaseUrl() {
        ToolAccess access = registerDana();

        Answer answer = http.get(access.baseUrl());

        assertThat(access.baseUrl()).matches("http://127\\.0\\.0\\.1:" + gateway.port() + "/c/s0001-t1/[A-Za-z0-9_-]{32}/tools");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().path("tools")).hasSize(AcmeWorld.world().tools().size());
        assertThat(answer.json().path("tools").get(0).path("function").path("name").asText()).isEqualTo("lookup_customer");
        assertThat(access.specs()).hasSize(AcmeWorld.world().tools().size());
    }

    @Test
    void callsAToolInTheConversationsWorldAndRecordsIt() {
        ToolAccess access = registerDana();

        Answer answer = http.post(access.baseUrl() + "/get_order", text("{'order_id':'A-5001'}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().path("item").asText()).isEqualTo("noise-cancelling headphones");
        assertThat(recorder.events()).hasSize(2).first().isInstanceOf(ToolCall.class);
        assertThat(recorder.events().get(1)).isInstanceOfSatisfying(ToolResult.class, r -> assertThat(r.result()).isEqualTo(answer.json()));
    }

    @Test
    void deniesAnotherCustomersOrder() {
        ToolAccess access = registerDana();

        Answer answer = http.post(access.baseUrl() + "/get_order", text("{'order_id':'A-5003'}"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().path("error").asText()).startsWith("permission denied: ").doesNotContain("USB-C");
    }

    @Test
    void answersAnUndeclaredToolWithNotFoundAndStillRecordsTheCall() {
        ToolAccess access = registerDana();

        Answer answer = http.post(access.baseUrl() + "/delete_account", text("{'customer_id':'C-1001'}"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("error").asText()).startsWith("unknown tool 'delete_account'; known: ");
        assertThat(recorder.events().get(0)).isInstanceOfSatisfying(ToolCall.class,
                c -> assertThat(c.tool()).isEqualTo("delete_account"));
    }

    @Test
    void recordsABodyThatIsNotJsonAsTextAndAnswersBadRequest() {
        ToolAccess access = registerDana();

        Answer answer = http.post(access.baseUrl() + "/get_order", "order_id=A-5001");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText()).contains("must be a JSON object");
        assertThat(recorder.events().get(0)).isInstanceOfSatisfying(ToolCall.class,
                c -> assertThat(c.arguments()).isEqualTo(TextNode.valueOf("order_id=A-5001")));
    }

    @Test
    void answersBadRequestWithTheSchemasMessageForAnArgumentOfTheWrongTypeAndRecordsTheCall() {
        ToolAccess access = registerDana();

        Answer answer = http.post(access.baseUrl() + "/issue_refund", text("{'order_id':'A-5002','amount':'forty','reason':'damaged'}"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText())
                .isEqualTo("argument 'amount' must be a number, was \"forty\" for tool issue_refund");
        assertThat(recorder.events()).hasSize(2);
        assertThat(recorder.events().get(0)).isInstanceOfSatisfying(ToolCall.class,
                c -> assertThat(c.arguments().path("amount").asText()).isEqualTo("forty"));
        assertThat(recorder.events().get(1)).isInstanceOfSatisfying(ToolResult.class, r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.result().path("error").asText()).startsWith("argument 'amount' must be a number");
        });
    }

    @Test
    void answersNotFoundOnceTheConversationHasEndedOverHttpAndDirectly() {
        ConversationTools dana = tools("s0001-t1", ScenarioFixture.asCustomer("C-1001").build(), recorder);
        dana.end();

        Answer answer = http.post(dana.access().baseUrl() + "/issue_refund", text("{'order_id':'A-5002','amount':59,'reason':'x'}"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("error").asText()).startsWith("no conversation is served at this tools URL");
        assertThat(dana.client().call("get_order", parse("{'order_id':'A-5001'}")).status()).isEqualTo(404);
        assertThat(recorder.events()).isEmpty();
    }

    @Test
    void letsAnEndedConversationIdBeRegisteredAgainWithANewSecret() {
        ConversationTools first = tools("s0001-t1", ScenarioFixture.asCustomer("C-1001").build(), recorder);
        first.end();
        TraceRecorder again = new TraceRecorder();

        ToolAccess second = register("s0001-t1", ScenarioFixture.asCustomer("C-1001").build(), again);

        assertThat(second.baseUrl()).isNotEqualTo(first.access().baseUrl());
        assertThat(http.post(first.access().baseUrl() + "/get_order", text("{'order_id':'A-5001'}")).status()).isEqualTo(404);
        assertThat(http.post(second.baseUrl() + "/get_order", text("{'order_id':'A-5001'}")).status()).isEqualTo(200);
        assertThat(recorder.events()).isEmpty();
        assertThat(again.events()).hasSize(2);
    }

    @Test
    void rejectsTheWrongMethodForARoute() {
        ToolAccess access = registerDana();

        assertThat(http.get(access.baseUrl() + "/get_order").status()).isEqualTo(405);
        assertThat(http.post(access.baseUrl(), "{}").status()).isEqualTo(405);
    }

    @Test
    void rejectsAConversationIdThatIsNotUrlSafe() {
        assertThatThrownBy(() -> register("s 1/t1", ScenarioFixture.asCustomer("C-1001").build(), recorder))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s 1/t1");
    }

    @Test
    void directClientDispatchesLikeHttpWithoutTheNetwork() {
        ToolResponse response = tools("s0001-t1", ScenarioFixture.asCustomer("C-1001").build(), recorder).client()
                .call("get_order", parse("{'order_id':'A-5003'}"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(recorder.events()).hasSize(2);
    }

    @Test
    void keepsEachConversationsCallsAndNumberingApart() {
        TraceRecorder samTrace = new TraceRecorder();
        ToolAccess dana = registerDana();
        ToolAccess sam = register("s0002-t1", ScenarioFixture.asCustomer("C-1002").build(), samTrace);

        Answer danaAnswer = http.post(dana.baseUrl() + "/get_order", text("{'order_id':'A-5003'}"));
        Answer samAnswer = http.post(sam.baseUrl() + "/get_order", text("{'order_id':'A-5003'}"));

        assertThat(danaAnswer.status()).isEqualTo(403);
        assertThat(samAnswer.status()).isEqualTo(200);
        assertThat(recorder.events()).hasSize(2);
        assertThat(samTrace.events().get(0)).isInstanceOfSatisfying(ToolCall.class, c -> assertThat(c.callId()).isEqualTo("c1"));
    }

    @Test
    void servesParallelConversationsWithoutOneTimeoutStallingTheOthers() {
        int conversations = 16;
        int delayMs = 200;
        ExecutorService agents = Executors.newFixedThreadPool(conversations);
        List<CompletableFuture<Answer>> answers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < conversations; i++) {
            Scenario scenario = ScenarioFixture.asCustomer("C-1001").timeout("get_invoice", delayMs).build();
            ToolAccess access = register("s" + i + "-t1", scenario, new TraceRecorder());
            answers.add(CompletableFuture.supplyAsync(
                    () -> http.post(access.baseUrl() + "/get_invoice", text("{'order_id':'A-5001'}")), agents));
        }

        List<Integer> statuses = answers.stream().map(CompletableFuture::join).map(Answer::status).toList();

        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        agents.shutdown();
        assertThat(statuses).containsOnly(504);
        assertThat(elapsedMs).isLessThan((long) conversations * delayMs / 2);
    }
}
