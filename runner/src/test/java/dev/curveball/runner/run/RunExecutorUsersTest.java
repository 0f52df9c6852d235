package dev.curveball.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.io.Json;
import dev.curveball.core.model.ModelFailure;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.scenario.Task;
import dev.curveball.core.testkit.ScriptedModelClient;
import dev.curveball.core.trace.ConversationEnd;
import dev.curveball.core.trace.EndReason;
import dev.curveball.core.trace.ErrorEvent;
import dev.curveball.core.trace.Trace;
import dev.curveball.runner.agent.InProcessAgentAdapter;
import dev.curveball.runner.gateway.ToolGateway;
import dev.curveball.runner.testkit.AcmeWorld;
import dev.curveball.runner.user.SimulatedUsers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunExecutorUsersTest {
    private static final PersonaLibrary PERSONAS = PersonaLibrary.load(Path.of("../personas"));
    private final Agent refunder = new Agent() {
        @Override
        public String id() {
            return "refunder";
        }

        @Override
        public AgentReply respond(dev.curveball.core.agent.AgentTurn turn, dev.curveball.core.agent.ToolClient tools) {
            return AgentReply.of("Done: your refund has been issued.");
        }
    };

    private static Scenario scenario(String id) {
        Task task = new Task("refund", "refund", "Get a refund", Map.of(), List.of(), List.of("refund has been issued"), List.of());
        return new Scenario(id, 5L, "acme-support", "withholder", task, new AuthUser("C-1001", "customer"), "Hi, it's about a refund.",
                null, null, null, null, null, null, null, null, 6, null);
    }

    private RunOutcome run(SimulatedUsers users) {
        RunPlan plan = new RunPlan(AcmeWorld.world(), PERSONAS, List.of(scenario("s0001"), scenario("s0002")), 1, 2, Set.of());
        try (ToolGateway gateway = new ToolGateway()) {
            return new RunExecutor(gateway, users).run(plan, new InProcessAgentAdapter(refunder), trace -> { });
        }
    }

    @Test
    void aModelDrivenUserEndsTheConversationOnItsStopSignal() {
        ScriptedModelClient model = ScriptedModelClient.thatAnswers(r -> Json.write(Map.of("message", "Thanks!", "stop", "goal_met")));

        RunOutcome outcome = run(SimulatedUsers.playedBy(model));

        assertThat(outcome.traces()).extracting(t -> t.end().orElseThrow().reason()).containsOnly(EndReason.GOAL_MET);
        assertThat(outcome.traces().get(0).end().orElseThrow().detail()).startsWith("model user said goal met");
        assertThat(model.requests()).hasSize(2);
    }

    @Test
    void aFailingModelMakesEachConversationAnErrorOfTheSimulatorAndTheRunStillFinishes() {
        RunOutcome outcome = run(SimulatedUsers.playedBy(ScriptedModelClient.thatAlwaysFails(ModelFailure.Kind.SERVER_ERROR)));

        assertThat(outcome.traces()).hasSize(2).allSatisfy(trace -> {
            assertThat(trace.errored()).isTrue();
            ErrorEvent error = trace.eventsOf(ErrorEvent.class).get(0);
            assertThat(error.source()).isEqualTo(ErrorEvent.Source.SIMULATOR);
            assertThat(error.message()).startsWith("user simulator failed: ");
        });
        assertThat(outcome.agentNeverReached()).isFalse();
    }

    @Test
    void theScriptedSimulatorStillPlaysByDefault() {
        RunOutcome outcome = run(SimulatedUsers.scripted());

        assertThat(outcome.traces()).extracting(Trace::end).allSatisfy(end ->
                assertThat(end.map(ConversationEnd::detail).orElseThrow()).startsWith("said goal met"));
        assertThat(SimulatedUsers.scripted().id()).isEqualTo("scripted");
        assertThat(SimulatedUsers.playedBy(ScriptedModelClient.thatReplies()).id()).isEqualTo("openai:scripted");
    }
}
