package dev.curveball.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.limit.Jitter;
import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.runner.testkit.StatusScriptAgent;
import dev.curveball.runner.testkit.StatusScriptAgent.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An HTTP agent's 429s and 5xx retried under the run's policy within the turn timeout, and its limits kept. */
class HttpAgentRetryTest {
    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(10);
    private static final ToolClient NO_TOOLS = (tool, arguments) -> {
        throw new AssertionError("an HTTP agent calls its tools over HTTP");
    };
    /** 4 attempts within 10 s, waits of 20 ms doubling to 80 ms: fast enough for a test. */
    private static final RetryPolicy QUICK = new RetryPolicy(4, Duration.ofSeconds(10), Duration.ofMillis(20), Duration.ofMillis(80),
            Jitter.FULL);

    private static AgentTurn turn(String conversationId) {
        return new AgentTurn(null, conversationId, new AuthUser("C-1001", "customer"), List.of(ChatMessage.user("I want a refund")),
                List.of(), new ToolAccess("http://127.0.0.1:9/c/" + conversationId + "/tools", List.of()));
    }

    private static HttpAgentAdapter adapter(StatusScriptAgent agent, RetryPolicy policy, RequestLimits limits) {
        return new HttpAgentAdapter(agent.uri(), new AgentSettings(TURN_TIMEOUT, null, false, policy, limits));
    }

    @Test
    void aTurnAnswered503IsSentAgainAfterItsRetryAfterAndGoesThrough() throws Exception {
        try (StatusScriptAgent agent = StatusScriptAgent.answering(n -> n == 1
                ? Answer.of(503, "{\"error\":\"warming up\"}").retryAfter("1") : Answer.reply("Which order?"));
             HttpAgentAdapter adapter = adapter(agent, QUICK, RequestLimits.NONE)) {
            assertThat(adapter.respond(turn("s1-t1"), NO_TOOLS).reply()).isEqualTo("Which order?");
            assertThat(agent.requests()).isEqualTo(2);
            List<Long> at = agent.arrivals();
            assertThat(at.get(1) - at.get(0)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(990));
        }
    }

    @Test
    void aTurnAnswered429EveryTimeFailsNamingTheStatusAndTheAttempts() {
        try (StatusScriptAgent agent = StatusScriptAgent.answering(n -> Answer.of(429, "{\"error\":\"too many requests\"}"));
             HttpAgentAdapter adapter = adapter(agent, QUICK, RequestLimits.NONE)) {
            assertThatThrownBy(() -> adapter.respond(turn("s1-t1"), NO_TOOLS))
                    .isInstanceOfSatisfying(AgentFailure.class, f -> assertThat(f.unreachable()).isFalse())
                    .hasMessageMatching("gave up after 4 attempts in \\d+\\.\\d s: agent answered HTTP 429: \\{\"error\":\"too many requests\"}");
            assertThat(agent.requests()).isEqualTo(4);
        }
    }

    @Test
    void aRetryAfterPastTheTurnTimeoutEndsTheTurnAtOnce() {
        try (StatusScriptAgent agent = StatusScriptAgent.answering(n -> Answer.of(503, "down for maintenance").retryAfter("3600"));
             HttpAgentAdapter adapter = adapter(agent, RetryPolicy.defaults(), RequestLimits.NONE)) {
            assertThatThrownBy(() -> adapter.respond(turn("s1-t1"), NO_TOOLS))
                    .hasMessageStartingWith("gave up after 1 attempt in ")
                    .hasMessageContaining("the server asked to wait 3600.0 s, more than the ")
                    .hasMessageEndingWith(" s left before the turn timeout): agent answered HTTP 503: down for maintenance");
            assertThat(agent.requests()).isEqualTo(1);
        }
    }

    @Test
    void clientErrorsAreNotRetried() {
        try (StatusScriptAgent agent = StatusScriptAgent.answering(n -> Answer.of(400, "{\"error\":\"bad turn\"}"));
             HttpAgentAdapter adapter = adapter(agent, QUICK, RequestLimits.NONE)) {
            assertThatThrownBy(() -> adapter.respond(turn("s1-t1"), NO_TOOLS)).hasMessage("agent answered HTTP 400: {\"error\":\"bad turn\"}");
            assertThat(agent.requests()).isEqualTo(1);
        }
    }

    @Test
    void neverSendsMoreTurnsAtOnceThanTheConcurrencyCap() throws Exception {
        try (StatusScriptAgent agent = StatusScriptAgent.answering(n -> Answer.reply("ok").after(Duration.ofMillis(40)));
             HttpAgentAdapter adapter = adapter(agent, QUICK, new RequestLimits(0, 2))) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> replies = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    String id = "s" + i + "-t1";
                    replies.add(pool.submit(() -> adapter.respond(turn(id), NO_TOOLS).reply()));
                }
                for (Future<String> reply : replies) {
                    assertThat(reply.get(20, TimeUnit.SECONDS)).isEqualTo("ok");
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(agent.requests()).isEqualTo(16);
            assertThat(agent.mostInFlight()).isEqualTo(2);
        }
    }

    @Test
    void spacesTurnsAtTheRequestsPerMinute() throws Exception {
        try (StatusScriptAgent agent = StatusScriptAgent.answering(n -> Answer.reply("ok"));
             HttpAgentAdapter adapter = adapter(agent, QUICK, new RequestLimits(1200, 0))) {
            long first = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                adapter.respond(turn("s" + i + "-t1"), NO_TOOLS);
            }
            assertThat(agent.arrivals().get(4) - first).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
        }
    }

    @Test
    void aTurnThatCannotGetASlotInTimeFailsSayingWhy() throws Exception {
        try (StatusScriptAgent agent = StatusScriptAgent.answering(n -> Answer.reply("ok"));
             HttpAgentAdapter adapter = new HttpAgentAdapter(agent.uri(),
                     new AgentSettings(Duration.ofMillis(300), null, false, QUICK, new RequestLimits(60, 0)))) {
            adapter.respond(turn("s1-t1"), NO_TOOLS);
            assertThatThrownBy(() -> adapter.respond(turn("s2-t1"), NO_TOOLS))
                    .hasMessageStartingWith("the turn could not be sent within the turn timeout of 0.3 s: ")
                    .hasMessageEndingWith("(--agent-rpm 60, --agent-concurrency 0)");
        }
    }
}
