package dev.curveball.runner.gateway;

import static dev.curveball.runner.testkit.TestJson.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.trace.FaultInjected;
import dev.curveball.core.trace.StateChange;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.world.FaultKind;
import dev.curveball.runner.testkit.AcmeWorld;
import dev.curveball.runner.testkit.LoopbackClient;
import dev.curveball.runner.testkit.LoopbackClient.Answer;
import dev.curveball.runner.testkit.ScenarioFixture;
import dev.curveball.runner.trace.TraceRecorder;
import dev.curveball.runner.world.ConversationWorld;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every fault kind, as an agent sees it: over HTTP on loopback, through the tool gateway. */
class FaultInjectionOverHttpTest {
    private static final String INVOICE_A5001 = text("{'order_id':'A-5001'}");
    private static final String REFUND_A5002 = text("{'order_id':'A-5002','amount':59.00,'reason':'changed mind'}");

    private final ToolGateway gateway = new ToolGateway();
    private final LoopbackClient http = new LoopbackClient();
    private final TraceRecorder recorder = new TraceRecorder();
    private ConversationWorld world;

    @AfterEach
    void stopGateway() {
        gateway.close();
    }

    /** Registers C-1001's conversation with {@code scenario}'s faults and answers its base URL. */
    private String tools(ScenarioFixture scenario) {
        world = new ConversationWorld(AcmeWorld.world(), scenario.build(), recorder);
        ToolAccess access = gateway.register("s0001-t1", world).access();
        return access.baseUrl();
    }

    @Test
    void timeoutAnswers504OnlyAfterTheDelay() {
        String tools = tools(ScenarioFixture.asCustomer("C-1001").timeout("get_invoice", 50, 1));
        long started = System.nanoTime();

        Answer answer = http.post(tools + "/get_invoice", INVOICE_A5001);

        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(50);
        assertThat(answer.status()).isEqualTo(504);
        assertThat(answer.json().path("error").asText()).isEqualTo("upstream timeout");
        assertThat(types()).containsExactly(ToolCall.class, FaultInjected.class, ToolResult.class);
        assertThat(last(ToolResult.class).latencyMs()).isGreaterThanOrEqualTo(50);
        assertThat(last(FaultInjected.class).kind()).isEqualTo(FaultKind.TIMEOUT);
    }

    @Test
    void errorAnswers500AndTheActionDoesNotHappen() {
        String tools = tools(ScenarioFixture.asCustomer("C-1001").fault("issue_refund", FaultKind.ERROR));

        Answer answer = http.post(tools + "/issue_refund", REFUND_A5002);

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.json().has("error")).isTrue();
        assertThat(world.finalState().collections()).isEmpty();
        assertThat(recorder.events()).noneMatch(StateChange.class::isInstance);
    }

    @Test
    void rateLimitAnswers429OnlyOnTheScheduledCalls() {
        String tools = tools(ScenarioFixture.asCustomer("C-1001").fault("get_invoice", FaultKind.RATE_LIMIT, 2));

        List<Integer> statuses = List.of(
                http.post(tools + "/get_invoice", INVOICE_A5001).status(),
                http.post(tools + "/get_invoice", INVOICE_A5001).status(),
                http.post(tools + "/get_invoice", INVOICE_A5001).status());

        assertThat(statuses).containsExactly(200, 429, 200);
    }

    @Test
    void permissionDeniedAnswers403EvenForTheUsersOwnRecord() {
        String tools = tools(ScenarioFixture.asCustomer("C-1001").fault("lookup_customer", FaultKind.PERMISSION_DENIED));

        Answer answer = http.post(tools + "/lookup_customer", text("{'customer_id':'C-1001'}"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().path("error").asText()).startsWith("permission denied");
    }

    @Test
    void partialDataDropsTheInvoiceLineItems() {
        String tools = tools(ScenarioFixture.asCustomer("C-1001").partialData("get_invoice", List.of("line_items")));

        Answer answer = http.post(tools + "/get_invoice", INVOICE_A5001);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().has("line_items")).isFalse();
        assertThat(answer.json().path("total").decimalValue()).isEqualByComparingTo("249.00");
        assertThat(last(FaultInjected.class).detail()).contains("line_items");
    }

    @Test
    void partialDataDropsTheFieldsInsideEachListedElement() {
        String tools = tools(ScenarioFixture.asCustomer("C-1001").partialData("list_orders", List.of("item")));

        Answer answer = http.post(tools + "/list_orders", text("{'customer_id':'C-1001'}"));

        assertThat(answer.json().path("orders")).hasSize(3)
                .allSatisfy(order -> assertThat(order.has("item")).isFalse())
                .allSatisfy(order -> assertThat(order.has("order_id")).isTrue());
    }

    @Test
    void supersededFirstRanksTheOldPolicyBeforeTheCurrentOne() {
        String tools = tools(ScenarioFixture.asCustomer("C-1001").fault("search_policy", FaultKind.SUPERSEDED_FIRST));

        Answer answer = http.post(tools + "/search_policy", text("{'query':'refund'}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("results").get(0).path("doc_id").asText()).isEqualTo("refund-policy");
        assertThat(answer.json().path("results").get(0).path("status").asText()).isEqualTo("superseded");
        assertThat(answer.json().path("results").get(0).path("text").asText()).contains("30 days");
    }

    @Test
    void emptyRetrievalAnswersAnEmptyResultList() {
        String tools = tools(ScenarioFixture.asCustomer("C-1001").fault("search_policy", FaultKind.EMPTY_RETRIEVAL));

        Answer answer = http.post(tools + "/search_policy", text("{'query':'refund policy'}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("results").isArray()).isTrue();
        assertThat(answer.json().path("results")).isEmpty();
    }

    @Test
    void countsEveryCallIncludingFaultedOnesSoATimeoutThenPartialDataFollowsTheRetries() {
        String tools = tools(ScenarioFixture.asCustomer("C-1001")
                .timeout("get_invoice", 50, 1)
                .partialData("get_invoice", List.of("line_items"), 2));

        Answer first = http.post(tools + "/get_invoice", INVOICE_A5001);
        Answer second = http.post(tools + "/get_invoice", INVOICE_A5001);
        Answer third = http.post(tools + "/get_invoice", INVOICE_A5001);

        assertThat(first.status()).isEqualTo(504);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().has("line_items")).isFalse();
        assertThat(third.json().path("line_items")).hasSize(2);
        assertThat(recorder.events().stream().filter(ToolCall.class::isInstance).map(e -> ((ToolCall) e).call()))
                .containsExactly(1, 2, 3);
        assertThat(recorder.events().stream().filter(FaultInjected.class::isInstance).map(e -> (FaultInjected) e))
                .extracting(FaultInjected::callId, FaultInjected::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c1", FaultKind.TIMEOUT),
                        org.assertj.core.groups.Tuple.tuple("c2", FaultKind.PARTIAL_DATA));
    }

    private List<Class<?>> types() {
        return recorder.events().stream().<Class<?>>map(Object::getClass).toList();
    }

    private <E extends TraceEvent> E last(Class<E> type) {
        return recorder.events().stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> b).orElseThrow();
    }
}
