package dev.curveball.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ReportedUsage;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.runner.testkit.StubAgentServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Usage is data to check: an impossible count or cost is the agent breaking the protocol for that turn. */
class ReportedUsageOverHttpTest {
    private static final ToolClient NO_TOOLS = (tool, arguments) -> {
        throw new AssertionError("no tools here");
    };
    private final AgentTurn turn = new AgentTurn(null, "s0001-t1", new AuthUser("C-1001", "customer"),
            List.of(ChatMessage.user("hi")), List.of(), new ToolAccess("http://127.0.0.1:9/c/s0001-t1/tools", List.of()));

    private AgentReply answer(String usage) throws AgentFailure {
        try (StubAgentServer agent = StubAgentServer.thatReplies(200, "{\"reply\":\"Hi\",\"usage\":" + usage + "}")) {
            return new HttpAgentAdapter(agent.uri(), Duration.ofSeconds(5)).respond(turn, NO_TOOLS);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"input_tokens\":-5}                  | usage.input_tokens must be between 0 and 1000000000, was -5",
        "{\"output_tokens\":1e300}              | usage.output_tokens must be between 0 and 1000000000, was 1E+300",
        "{\"input_tokens\":1000000000000000000000000000000} | usage.input_tokens must be between 0 and 1000000000, was 1.000E+30",
        "{\"input_tokens\":1000000001}          | usage.input_tokens must be between 0 and 1000000000, was 1000000001",
        "{\"input_tokens\":12.5}                | usage.input_tokens must be a whole number of tokens, was 12.5",
        "{\"cost_usd\":-0.01}                   | usage.cost_usd must be between 0 and 1000 USD per turn, was -0.01",
        "{\"cost_usd\":1e300}                   | usage.cost_usd must be between 0 and 1000 USD per turn, was 1E+300",
        "{\"cost_usd\":\"free\"}                | usage.cost_usd must be a number, was \"free\"",
        "{\"model\":\"gpt-4o\"}                  | usage.model must be a string provider:name such as openai:gpt-4o-mini, was \"gpt-4o\"",
        "{\"model\":42}                        | usage.model must be a string provider:name such as openai:gpt-4o-mini, was 42",
    })
    void anImpossibleUsageIsAProtocolErrorNamingTheFieldAndValue(String usage, String problem) {
        assertThatThrownBy(() -> answer(usage))
                .isInstanceOfSatisfying(AgentFailure.class, f -> assertThat(f.unreachable()).isFalse())
                .hasMessage("agent answered 200 with an invalid 'usage': " + problem);
    }

    @Test
    void theBoundsThemselvesAreFine() throws AgentFailure {
        ReportedUsage usage = answer("{\"input_tokens\":1000000000,\"output_tokens\":0,\"cost_usd\":1000}").usage();

        assertThat(usage.inputTokens()).isEqualTo(ReportedUsage.MAX_TOKENS);
        assertThat(usage.costUsd()).isEqualByComparingTo("1000");
        assertThat(answer("{\"input_tokens\":12.0}").usage().inputTokens()).isEqualTo(12);
    }

    @Test
    void aCostLeftOutIsNotReportedSoTheModelItNamesCanPriceIt() throws AgentFailure {
        ReportedUsage usage = answer("{\"input_tokens\":800,\"output_tokens\":40,\"model\":\"openai:gpt-4o-mini\"}").usage();

        assertThat(usage.costUsd()).isNull();
        assertThat(usage.model()).isEqualTo("openai:gpt-4o-mini");
        assertThat(answer("{\"input_tokens\":800,\"cost_usd\":0}").usage().costUsd()).isEqualByComparingTo("0");
    }

    @Test
    void anInProcessAgentReportingANegativeCostGetsTheSameProtocolError() {
        Agent agent = new Agent() {
            @Override
            public String id() {
                return "refund-bot";
            }

            @Override
            public AgentReply respond(AgentTurn turn, ToolClient tools) {
                return new AgentReply("Done.", new ReportedUsage(10, 10, new BigDecimal("-3.50")));
            }
        };

        assertThatThrownBy(() -> new InProcessAgentAdapter(agent).respond(turn, NO_TOOLS))
                .isInstanceOf(AgentFailure.class)
                .hasMessage("agent 'refund-bot' reported an invalid usage: usage.cost_usd must be between 0 and 1000 USD per turn, was -3.50");
    }
}
