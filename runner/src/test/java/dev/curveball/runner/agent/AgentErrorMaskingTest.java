package dev.curveball.runner.agent;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.limit.Jitter;
import dev.curveball.core.limit.RequestLimits;
import dev.curveball.core.limit.RetryPolicy;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.runner.testkit.StubAgentServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An agent passing on its model provider's refusal of a key: the key-shaped part never reaches the failure (and so the trace). */
class AgentErrorMaskingTest {
    private static final String KEY = "sk-proj-AbC123dEf456gHi789";
    private final AgentTurn turn = new AgentTurn(null, "s0001-t1", new AuthUser("C-1001", "customer"),
            List.of(ChatMessage.user("hi")), List.of(), new ToolAccess("http://127.0.0.1:9/c/s0001-t1/tools", List.of()));

    @Test
    void anHttpAgentsErrorBodyIsQuotedWithTheKeyMasked() {
        try (StubAgentServer agent = StubAgentServer.thatReplies(502, "{\"error\":\"upstream said: Incorrect API key provided: " + KEY + "\"}")) {
            AgentSettings quick = AgentSettings.of(Duration.ofSeconds(5)).withLimits(new RetryPolicy(2, Duration.ofSeconds(5),
                    Duration.ofMillis(10), Duration.ofMillis(10), Jitter.FULL), RequestLimits.NONE);
            assertThatThrownBy(() -> new HttpAgentAdapter(agent.uri(), quick).respond(turn, (t, a) -> null))
                    .isInstanceOf(AgentFailure.class)
                    .hasMessageStartingWith("gave up after 2 attempts in ")
                    .hasMessageEndingWith(" s: agent answered HTTP 502: {\"error\":\"upstream said: Incorrect API key provided: ***\"}");
        }
    }

    @Test
    void anInProcessAgentsExceptionIsQuotedWithTheKeyMasked() {
        Agent agent = new Agent() {
            @Override
            public String id() {
                return "llm-bot";
            }

            @Override
            public AgentReply respond(AgentTurn turn, ToolClient tools) {
                throw new IllegalStateException("401 from provider: Bearer " + KEY);
            }
        };

        assertThatThrownBy(() -> new InProcessAgentAdapter(agent).respond(turn, (t, a) -> null))
                .isInstanceOf(AgentFailure.class)
                .hasMessage("agent 'llm-bot' threw IllegalStateException: 401 from provider: Bearer ***");
    }
}
