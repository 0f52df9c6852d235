package dev.curveball.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.ReportedUsage;
import dev.curveball.core.cost.Role;
import dev.curveball.core.io.Json;
import dev.curveball.core.model.UsageScope;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.scenario.EscalationNeed;
import dev.curveball.core.scenario.Resolution;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.testkit.ScriptedModelClient;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.trace.Usage;
import dev.curveball.runner.agent.InProcessAgentAdapter;
import dev.curveball.runner.gateway.ToolGateway;
import dev.curveball.runner.testkit.AcmeWorld;
import dev.curveball.runner.user.SimulatedUsers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What each role spent lands in the trace, and the plan's mayStart can keep conversations from starting. */
class RunExecutorCostTest {
    private static final PersonaLibrary PERSONAS = PersonaLibrary.load(Path.of("../personas"));
    private final Agent reporting = new Agent() {
        @Override
        public String id() {
            return "reporting";
        }

        @Override
        public AgentReply respond(dev.curveball.core.agent.AgentTurn turn, dev.curveball.core.agent.ToolClient tools) {
            return new AgentReply("Which order is it?", new ReportedUsage(300, 20, null, "openai:gpt-4o-mini"));
        }
    };

    private static Scenario scenario(String id) {
        Task task = new Task("refund", "refund", "Get a refund", Map.of(), List.of(), List.of(Resolution.done("issue_refund", "A-5001")),
                EscalationNeed.NEEDLESS);
        return Scenario.builder().id(id).seed(5L).world("acme-support").persona("withholder").task(task)
                .user(new AuthUser("C-1001", "customer")).opening("Hi, it's about a refund.").maxTurns(6).build();
    }

    private Played run(SimulatedUsers users, RunPlan plan) {
        try (ToolGateway gateway = new ToolGateway()) {
            return Played.run(new RunExecutor(gateway, users), plan, new InProcessAgentAdapter(reporting));
        }
    }

    @Test
    void theUserModelsTokensAreUsageOfRoleUserAndTheAgentsKeepItsModel() {
        ScriptedModelClient model = ScriptedModelClient.thatAnswers(r -> Json.write(Map.of("message", "Thanks!", "stop", "goal_met")));
        RunPlan plan = new RunPlan(AcmeWorld.world(), PERSONAS, List.of(scenario("s0001")), 1, 1, Set.of());

        Trace trace = run(SimulatedUsers.playedBy(UsageScope.metered(model)), plan).traces().get(0);

        List<Usage> usage = trace.eventsOf(Usage.class);
        assertThat(usage.get(0).role()).isEqualTo(Role.AGENT);
        assertThat(usage.get(0).model()).isEqualTo("openai:gpt-4o-mini");
        assertThat(usage.get(0).unpriced()).isTrue(); // priced later, by the run, from its price table
        List<Usage> user = usage.stream().filter(u -> u.role() == Role.USER).toList();
        assertThat(user).hasSize(model.requests().size()).allSatisfy(u -> assertThat(u)
                .extracting(Usage::inputTokens, Usage::outputTokens, Usage::model).containsExactly(10L, 5L, model.spec().toString()));
        List<TraceEvent> events = trace.events();
        assertThat(events.indexOf(usage.get(1))).isGreaterThan(events.indexOf(trace.eventsOf(AgentMessage.class).get(0)));
    }

    @Test
    void aConversationMayStartRefusesIsNotPlayedAndLeavesNoTrace() {
        AtomicInteger asked = new AtomicInteger();
        RunPlan plan = new RunPlan(AcmeWorld.world(), PERSONAS, List.of(scenario("s0001"), scenario("s0002"), scenario("s0003")), 1, 1,
                Set.of(), null, () -> asked.incrementAndGet() <= 1);

        Played outcome = run(SimulatedUsers.scripted(), plan);

        assertThat(asked).hasValue(3);
        assertThat(outcome.traces()).extracting(Trace::scenarioId).containsExactly("s0001");
        assertThat(outcome.outcome().interrupted()).isFalse();
    }
}
