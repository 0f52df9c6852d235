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
import java.util.List;
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
    void treatsANullReplyAsAFailure() {
        Agent agent = agent("silent-bot", (t, client) -> null);

        assertThatThrownBy(() -> new InProcessAgentAdapter(agent).respond(turn, (tool, args) -> null))
                .isInstanceOf(AgentFailure.class)
                .hasMessageContaining("returned no reply");
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
