package dev.curveball.runner.agent;

import static dev.curveball.runner.testkit.TestJson.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.scenario.AuthUser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class InProcessAgentAdapterTest {
    private final AgentTurn turn = new AgentTurn(null, "s0001-t1", new AuthUser("C-1001", "customer"),
            List.of(ChatMessage.user("Where is A-5001?")), List.of(), new ToolAccess("http://127.0.0.1:9/c/s0001-t1/tools", List.of()));

    @Test
    void handsTheAgentTheTurnAndItsToolClient() throws AgentFailure {
        ToolClient tools = (tool, arguments) -> new ToolResponse(200, parse("{'status':'delivered'}"));
        Agent agent = agent("order-bot", (t, client) ->
                AgentReply.of(t.lastUserMessage() + " is " + client.call("get_order", parse("{}")).body().path("status").asText()));

        AgentReply reply = new InProcessAgentAdapter(agent).respond(turn, tools);

        assertThat(reply.reply()).isEqualTo("Where is A-5001? is delivered");
    }

    @Test
    void turnsWhateverTheAgentThrowsIntoAnAgentFailure() {
        Agent agent = agent("broken-bot", (t, client) -> {
            throw new IllegalStateException("no model configured");
        });

        assertThatThrownBy(() -> new InProcessAgentAdapter(agent).respond(turn, (tool, args) -> null))
                .isInstanceOfSatisfying(AgentFailure.class, f -> assertThat(f.unreachable()).isFalse())
                .hasMessage("agent 'broken-bot' threw IllegalStateException: no model configured")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void turnsAnAssertionOrStackOverflowOfTheAgentIntoAnAgentFailure() {
        Agent asserting = agent("asserting-bot", (t, client) -> {
            throw new AssertionError("reply was empty");
        });
        Agent recursing = agent("recursing-bot", (t, client) -> {
            throw new StackOverflowError();
        });

        assertThatThrownBy(() -> new InProcessAgentAdapter(asserting).respond(turn, (tool, args) -> null))
                .isInstanceOf(AgentFailure.class).hasMessage("agent 'asserting-bot' threw AssertionError: reply was empty");
        assertThatThrownBy(() -> new InProcessAgentAdapter(recursing).respond(turn, (tool, args) -> null))
                .isInstanceOf(AgentFailure.class).hasMessage("agent 'recursing-bot' threw StackOverflowError");
    }

    @Test
    void treatsANullReplyAsAFailure() {
        Agent agent = agent("silent-bot", (t, client) -> null);

        assertThatThrownBy(() -> new InProcessAgentAdapter(agent).respond(turn, (tool, args) -> null))
                .isInstanceOf(AgentFailure.class)
                .hasMessageContaining("returned no reply");
    }

    @Test
    void endsATurnThatSleepsPastTheTurnTimeoutAndInterruptsIt() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        Agent sleeper = agent("sleeper", (t, client) -> {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return AgentReply.of("never");
        });

        try (InProcessAgentAdapter adapter = new InProcessAgentAdapter(sleeper, Duration.ofMillis(300))) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> adapter.respond(turn, (tool, args) -> null))
                    .isInstanceOfSatisfying(AgentFailure.class, f -> assertThat(f.unreachable()).isFalse())
                    .hasMessage("agent 'sleeper' did not answer the turn within 0.3 s; the turn was interrupted and its tools closed");
            assertThat((System.nanoTime() - started) / 1_000_000).isBetween(300L, 1_300L);
            assertThat(interrupted.await(2, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void endsATurnThatSpinsPastTheTurnTimeoutAndRefusesTheToolCallsItMakesAfterwards() throws Exception {
        AtomicInteger reachedTools = new AtomicInteger();
        ToolClient tools = (tool, arguments) -> {
            reachedTools.incrementAndGet();
            return new ToolResponse(200, parse("{}"));
        };
        AtomicReference<ToolResponse> late = new AtomicReference<>();
        CountDownLatch called = new CountDownLatch(1);
        long spinNanos = Duration.ofMillis(600).toNanos();
        Agent spinner = agent("spinner", (t, client) -> {
            long started = System.nanoTime();
            while (System.nanoTime() - started < spinNanos) {
                Thread.onSpinWait(); // deaf to interruption
            }
            late.set(client.call("issue_refund", parse("{'order_id':'A-5001','amount':249.0,'reason':'late'}")));
            called.countDown();
            return AgentReply.of("Refunded.");
        });

        try (InProcessAgentAdapter adapter = new InProcessAgentAdapter(spinner, Duration.ofMillis(200))) {
            assertThatThrownBy(() -> adapter.respond(turn, tools))
                    .isInstanceOf(AgentFailure.class)
                    .hasMessageStartingWith("agent 'spinner' did not answer the turn within 0.2 s");
            assertThat(called.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reachedTools).hasValue(0);
        assertThat(late.get().status()).isEqualTo(404);
        assertThat(late.get().body().path("error").asText()).contains("ran past the turn timeout");
    }

    @Test
    void startsNoMoreTurnsWhileTooManyOverdueOnesIgnoreInterruptionAndStartsAgainOnceTheyAreDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        Agent deaf = agent("deaf", (t, client) -> {
            running.incrementAndGet();
            while (release.getCount() > 0) {
                LockSupport.parkNanos(1_000_000); // an interrupt only wakes it up
            }
            running.decrementAndGet();
            return AgentReply.of("late");
        });

        try (InProcessAgentAdapter adapter = new InProcessAgentAdapter(deaf, Duration.ofMillis(50))) {
            for (int i = 0; i < InProcessAgentAdapter.MAX_OVERDUE_TURNS; i++) {
                assertThatThrownBy(() -> adapter.respond(turn, (tool, args) -> null)).hasMessageContaining("did not answer the turn");
            }
            assertThatThrownBy(() -> adapter.respond(turn, (tool, args) -> null))
                    .isInstanceOf(AgentFailure.class)
                    .hasMessage("agent 'deaf' still has 8 turns running past the turn timeout (they ignore interruption); no more turns are started");
            assertThat(running).hasValue(InProcessAgentAdapter.MAX_OVERDUE_TURNS);

            release.countDown();
            awaitZero(running);
            Thread.sleep(50); // the overdue count drops as each thread leaves the agent
            assertThat(adapter.respond(turn, (tool, args) -> null).reply()).isEqualTo("late");
        }
    }

    private static void awaitZero(AtomicInteger count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (count.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(count).hasValue(0);
    }

    private interface Respond {
        AgentReply apply(AgentTurn turn, ToolClient tools) throws Exception;
    }

    private static Agent agent(String id, Respond respond) {
        return new Agent() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public AgentReply respond(AgentTurn turn, ToolClient tools) throws Exception {
                return respond.apply(turn, tools);
            }
        };
    }
}
