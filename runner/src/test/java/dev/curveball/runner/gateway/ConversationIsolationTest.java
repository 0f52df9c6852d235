package dev.curveball.runner.gateway;

import static dev.curveball.runner.testkit.TestJson.text;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An agent can rewrite its tools URL; it must never reach another conversation's world that way.
 * Dana (C-1001, s0001-t1) and Sam (C-1002, s0002-t1) are served side by side.
 */
class ConversationIsolationTest {
    private static final String REFUND_A5003 = text("{'order_id':'A-5003','amount':39.0,'reason':'broken'}");

    private final ToolGateway gateway = new ToolGateway();
    private final LoopbackClient http = new LoopbackClient();
    private final TraceRecorder danaTrace = new TraceRecorder();
    private final TraceRecorder samTrace = new TraceRecorder();
    private final ConversationWorld danaWorld = new ConversationWorld(AcmeWorld.world(), ScenarioFixture.asCustomer("C-1001").build(), danaTrace);
    private final ConversationWorld samWorld = new ConversationWorld(AcmeWorld.world(), ScenarioFixture.asCustomer("C-1002").build(), samTrace);
    private final ConversationTools dana = gateway.register("s0001-t1", danaWorld);
    private final ConversationTools sam = gateway.register("s0002-t1", samWorld);

    @AfterEach
    void stopGateway() {
        gateway.close();
    }

    @Test
    void givesEachConversationItsOwnUrlSafeSecretOfAtLeast128Bits() {
        String danaSecret = secret(dana);
        String samSecret = secret(sam);

        assertThat(danaSecret).matches("[A-Za-z0-9_-]{32}"); // 32 base64url characters: 192 bits
        assertThat(danaSecret).isNotEqualTo(samSecret);
        assertThat(dana.access().baseUrl()).contains("/c/s0001-t1/");
    }

    @Test
    void refusesACallThatRenamesTheConversationAndRecordsItOnlyInTheCallersTrace() {
        String rewritten = dana.access().baseUrl().replace("/c/s0001-t1/", "/c/s0002-t1/");

        Answer answer = http.post(rewritten + "/issue_refund", REFUND_A5003);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("error").asText())
                .isEqualTo("refused: this tools URL was altered to name conversation 's0002-t1'; this conversation's tools are "
                        + "only at the tools.base_url it was given, and the call was not made");
        assertThat(answer.json().toString()).doesNotContain(secret(sam));
        assertThat(samTrace.events()).isEmpty();
        assertThat(samWorld.finalState().collection("refunds")).isEmpty();
        assertThat(danaWorld.finalState().collection("refunds")).isEmpty();
        List<TraceEvent> recorded = danaTrace.events();
        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(0)).isInstanceOfSatisfying(ToolCall.class, call -> {
            assertThat(call.tool()).isEqualTo("issue_refund");
            assertThat(call.call()).as("a refused call never reached the world").isZero();
            assertThat(call.arguments().path("order_id").asText()).isEqualTo("A-5003");
        });
        assertThat(recorded.get(1)).isInstanceOfSatisfying(ToolResult.class, result -> {
            assertThat(result.callId()).isEqualTo(((ToolCall) recorded.get(0)).callId());
            assertThat(result.status()).isEqualTo(404);
            assertThat(result.result()).isEqualTo(answer.json());
        });
    }

    @Test
    void aRefusedCallDoesNotShiftTheCallersFaultSchedule() {
        TraceRecorder trace = new TraceRecorder();
        ConversationTools faulted = gateway.register("s0003-t1", new ConversationWorld(AcmeWorld.world(),
                ScenarioFixture.asCustomer("C-1001").fault("get_order", FaultKind.RATE_LIMIT, 1).build(), trace));
        http.post(faulted.access().baseUrl().replace("/c/s0003-t1/", "/c/s0001-t1/") + "/get_order", text("{'order_id':'A-5001'}"));

        Answer first = http.post(faulted.access().baseUrl() + "/get_order", text("{'order_id':'A-5001'}"));

        assertThat(first.status()).as("the fault on the first real call still fires").isEqualTo(429);
    }

    @Test
    void answersAGuessedSecretWithNotFoundAndRecordsItNowhere() {
        String guessed = sam.access().baseUrl().replace(secret(sam), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        Answer answer = http.post(guessed + "/issue_refund", REFUND_A5003);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("error").asText()).startsWith("no conversation is served at this tools URL")
                .doesNotContain("s0001-t1").doesNotContain("s0002-t1");
        assertThat(http.get(guessed).status()).isEqualTo(404);
        assertThat(samTrace.events()).isEmpty();
        assertThat(danaTrace.events()).isEmpty();
    }

    @Test
    void answersTheOldUrlWithoutASecretWithNotFound() {
        String base = "http://127.0.0.1:" + gateway.port() + "/c/s0002-t1/tools";

        assertThat(http.post(base + "/issue_refund", REFUND_A5003).status()).isEqualTo(404);
        assertThat(http.get(base).status()).isEqualTo(404);
        assertThat(samTrace.events()).isEmpty();
        assertThat(samWorld.finalState().collection("refunds")).isEmpty();
    }

    @Test
    void listsNoSpecsForARenamedConversationAndRecordsNoListing() {
        String rewritten = dana.access().baseUrl().replace("/c/s0001-t1/", "/c/s0002-t1/");

        Answer answer = http.get(rewritten);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().has("tools")).isFalse();
        assertThat(danaTrace.events()).isEmpty();
    }

    @Test
    void refusesEveryCallOfAnEndedConversationAndItsTraceStaysAsItWas() {
        http.post(dana.access().baseUrl() + "/get_order", text("{'order_id':'A-5001'}"));
        dana.end();

        Answer late = http.post(dana.access().baseUrl() + "/issue_refund", text("{'order_id':'A-5002','amount':59.0,'reason':'x'}"));
        Answer renamed = http.post(sam.access().baseUrl().replace("/c/s0002-t1/", "/c/s0001-t1/") + "/get_order",
                text("{'order_id':'A-5001'}"));

        assertThat(late.status()).isEqualTo(404);
        assertThat(dana.client().call("get_order", (com.fasterxml.jackson.databind.JsonNode) null).status()).isEqualTo(404);
        assertThat(danaTrace.events()).hasSize(2);
        assertThat(danaWorld.finalState().collection("refunds")).isEmpty();
        assertThat(renamed.status()).as("Sam's secret under Dana's ended id").isEqualTo(404);
        assertThat(samTrace.events()).extracting(e -> e.getClass().getSimpleName()).containsExactly("ToolCall", "ToolResult");
    }

    @Test
    void endingInterruptsACallWaitingOnATimeoutFaultAndWaitsForItsAnswerToBeRecorded() throws Exception {
        TraceRecorder trace = new TraceRecorder();
        ConversationTools slow = gateway.register("s0004-t1", new ConversationWorld(AcmeWorld.world(),
                ScenarioFixture.asCustomer("C-1001").timeout("get_invoice", 30_000).build(), trace));
        CompletableFuture<Answer> waiting = CompletableFuture.supplyAsync(
                () -> http.post(slow.access().baseUrl() + "/get_invoice", text("{'order_id':'A-5001'}")));
        awaitEvents(trace, 2); // the call and its injected fault

        long started = System.nanoTime();
        slow.end();
        long endedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(endedMs).isLessThan(2_000);
        assertThat(trace.events()).last().isInstanceOfSatisfying(ToolResult.class, r -> assertThat(r.status()).isEqualTo(504));
        assertThat(waiting.get(5, TimeUnit.SECONDS).status()).isEqualTo(504);
        int recorded = trace.events().size();
        assertThat(http.post(slow.access().baseUrl() + "/get_invoice", text("{'order_id':'A-5001'}")).status()).isEqualTo(404);
        assertThat(trace.events()).hasSize(recorded);
    }

    private static String secret(ConversationTools tools) {
        String url = tools.access().baseUrl();
        String[] parts = url.substring(url.indexOf("/c/") + 3).split("/");
        return parts[1];
    }

    private static void awaitEvents(TraceRecorder trace, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (trace.events().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(trace.events()).hasSizeGreaterThanOrEqualTo(count);
    }
}
