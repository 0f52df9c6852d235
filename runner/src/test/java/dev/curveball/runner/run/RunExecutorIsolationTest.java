package dev.curveball.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.ToolResult;
import dev.curveball.core.trace.Trace;
import dev.curveball.runner.agent.HttpAgentAdapter;
import dev.curveball.runner.gateway.ToolGateway;
import dev.curveball.runner.testkit.AcmeWorld;
import dev.curveball.runner.testkit.ScenarioFixture;
import dev.curveball.runner.testkit.ScriptedHttpAgent;
import dev.curveball.runner.user.SimulatedUsers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A run against a real HTTP agent that, in every turn, rewrites its tools URL to each other
 * conversation of the run (whose ids are trivially guessable) and tries to refund an order there.
 */
class RunExecutorIsolationTest {
    private static final PersonaLibrary PERSONAS = PersonaLibrary.load(Path.of("../personas"));
    private static final List<String> CONVERSATIONS = List.of("s0001-t1", "s0002-t1", "s0003-t1", "s0004-t1");
    private static final String REFUND = "{\"order_id\":\"A-5002\",\"amount\":59.0,\"reason\":\"changed my mind\"}";

    @Test
    void anAgentThatRewritesItsToolsUrlReachesNoOtherConversationsWorldOrTrace() throws Exception {
        Queue<Integer> crossStatuses = new ConcurrentLinkedQueue<>();
        try (ScriptedHttpAgent agent = ScriptedHttpAgent.thatAnswers((turn, tools) -> {
                    String self = turn.path("conversation_id").asText();
                    String base = turn.path("tools").path("base_url").asText();
                    tools.post(base + "/get_order", "{\"order_id\":\"A-5001\"}");
                    for (String other : CONVERSATIONS) {
                        if (!other.equals(self)) {
                            crossStatuses.add(tools.post(base.replace("/c/" + self + "/", "/c/" + other + "/") + "/issue_refund", REFUND));
                            crossStatuses.add(tools.post(base.substring(0, base.indexOf("/c/")) + "/c/" + other + "/tools/issue_refund", REFUND));
                        }
                    }
                    return "Done: your refund has been issued.";
                });
                ToolGateway gateway = new ToolGateway();
                HttpAgentAdapter adapter = new HttpAgentAdapter(agent.uri(), Duration.ofSeconds(10))) {
            Played outcome = Played.run(new RunExecutor(gateway, SimulatedUsers.scripted()), plan(), adapter);

            assertThat(outcome.traces()).hasSize(CONVERSATIONS.size());
            assertThat(crossStatuses).isNotEmpty().containsOnly(404);
            for (Trace trace : outcome.traces()) {
                int turns = trace.eventsOf(AgentMessage.class).size();
                List<ToolCall> calls = trace.eventsOf(ToolCall.class);
                assertThat(trace.errored()).as("%s errored: %s", trace.conversationId(), trace.eventsOf(ErrorEvent.class)).isFalse();
                assertThat(trace.finalState().collection("refunds")).as(trace.conversationId()).isEmpty();
                assertThat(calls.stream().filter(c -> c.call() > 0)).as("calls that reached %s's world", trace.conversationId())
                        .hasSize(turns).allSatisfy(c -> assertThat(c.tool()).isEqualTo("get_order"));
                assertThat(calls.stream().filter(c -> c.call() == 0)).as("its own refused calls, and no one else's")
                        .hasSize(turns * (CONVERSATIONS.size() - 1)).allSatisfy(c -> assertThat(c.tool()).isEqualTo("issue_refund"));
                assertThat(trace.eventsOf(ToolResult.class).stream().filter(r -> r.tool().equals("issue_refund")))
                        .allSatisfy(r -> assertThat(r.status()).isEqualTo(404));
            }
        }
    }

    private static RunPlan plan() {
        List<Scenario> scenarios = IntStream.rangeClosed(1, CONVERSATIONS.size())
                .mapToObj(i -> ScenarioFixture.asCustomer("C-1001").id(String.format("s%04d", i)).persona("withholder").build())
                .toList();
        return new RunPlan(AcmeWorld.world(), PERSONAS, scenarios, 1, CONVERSATIONS.size(), Set.of());
    }
}
