package dev.curveball.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.ConversationEnd;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** After each conversation the agent hears that it ended, with the reason its trace records, once its tools are closed. */
class RunExecutorEndNoticeTest {
    private static final PersonaLibrary PERSONAS = PersonaLibrary.load(Path.of("../personas"));

    @Test
    void tellsTheAgentOfEachConversationsEndAfterItsToolsAreClosed() throws Exception {
        List<Integer> toolStatusesAfterEnd = new CopyOnWriteArrayList<>();
        List<String> baseUrls = new CopyOnWriteArrayList<>();
        List<Trace> traces;
        List<JsonNode> notices;
        try (ScriptedHttpAgent agent = ScriptedHttpAgent.thatAnswers((turn, tools) -> {
                    baseUrls.add(turn.path("tools").path("base_url").asText());
                    return "Which order do you mean?";
                });
                ToolGateway gateway = new ToolGateway()) {
            try (HttpAgentAdapter adapter = new HttpAgentAdapter(agent.uri(), Duration.ofSeconds(10))) {
                traces = Played.run(new RunExecutor(gateway, SimulatedUsers.scripted()), plan(3), adapter).traces();
            }
            notices = agent.endNotices();
            ScriptedHttpAgent.Tools tools = new ScriptedHttpAgent.Tools();
            baseUrls.forEach(url -> toolStatusesAfterEnd.add(tools.post(url + "/get_order", "{\"order_id\":\"A-5001\"}")));
        }

        Map<String, String> reasons = traces.stream().collect(Collectors.toMap(Trace::conversationId,
                t -> t.eventsOf(ConversationEnd.class).get(0).reason().id()));
        assertThat(notices).hasSize(3).allSatisfy(n -> {
            assertThat(n.path("protocol").asText()).isEqualTo("curveball.agent/1");
            assertThat(n.path("type").asText()).isEqualTo("conversation_end");
        });
        assertThat(notices.stream().collect(Collectors.toMap(n -> n.path("conversation_id").asText(), n -> n.path("end_reason").asText())))
                .isEqualTo(reasons);
        assertThat(toolStatusesAfterEnd).isNotEmpty().containsOnly(404);
    }

    private static RunPlan plan(int conversations) {
        List<Scenario> scenarios = IntStream.rangeClosed(1, conversations)
                .mapToObj(i -> ScenarioFixture.asCustomer("C-1001").id(String.format("s%04d", i)).persona("withholder").build())
                .toList();
        return new RunPlan(AcmeWorld.world(), PERSONAS, scenarios, 1, conversations, Set.of());
    }
}
