package dev.curveball.runner.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.trace.Trace;
import dev.curveball.runner.agent.InProcessAgentAdapter;
import dev.curveball.runner.gateway.ToolGateway;
import dev.curveball.runner.testkit.AcmeWorld;
import dev.curveball.runner.testkit.ScenarioFixture;
import dev.curveball.runner.user.SimulatedUsers;
import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolClient;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Bounded memory: the executor hands each trace to its consumer and keeps none, so a run of
 * 10,000 conversations holds no more traces than it has in flight. Were the executor (or its
 * outcome) to keep them, the weakly held traces below would survive the collections.
 */
class RunExecutorMemoryTest {
    private static final PersonaLibrary PERSONAS = PersonaLibrary.load(java.nio.file.Path.of("../personas"));

    private static final Agent ASKER = new Agent() {
        @Override
        public String id() {
            return "asker";
        }

        @Override
        public AgentReply respond(AgentTurn turn, ToolClient tools) {
            return AgentReply.of("Could you tell me which order this is about?");
        }
    };

    @Test
    void noTraceOutlivesItsConsumer() throws Exception {
        List<Scenario> scenarios = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> ScenarioFixture.asCustomer("C-1001").id(String.format("s%04d", i)).persona("withholder").build())
                .toList();
        RunPlan plan = new RunPlan(AcmeWorld.world(), PERSONAS, scenarios, 2, 4, Set.of());
        ConcurrentLinkedQueue<WeakReference<Trace>> handed = new ConcurrentLinkedQueue<>();
        RunOutcome outcome;
        try (ToolGateway gateway = new ToolGateway()) {
            outcome = new RunExecutor(gateway, SimulatedUsers.scripted()).run(plan, new InProcessAgentAdapter(ASKER),
                    trace -> handed.add(new WeakReference<>(trace)));
        }
        assertThat(outcome.played()).isEqualTo(80);
        assertThat(handed).hasSize(80);
        for (int i = 0; i < 20 && handed.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(handed.stream().filter(r -> r.get() != null).count()).as("traces still reachable after the run").isZero();
    }
}
