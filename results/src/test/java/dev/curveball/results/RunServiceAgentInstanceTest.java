package dev.curveball.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.WorldLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunServiceAgentInstanceTest {
    @TempDir
    Path out;

    /** Not on the ServiceLoader: only the instance handed to the run can play. */
    static final class CountingAgent implements Agent {
        final AtomicInteger turns = new AtomicInteger();

        @Override
        public String id() {
            return "counting";
        }

        @Override
        public AgentReply respond(AgentTurn turn, ToolClient tools) {
            turns.incrementAndGet();
            tools.call("lookup_customer", Map.of("customer_id", turn.user().id()));
            return AgentReply.of("Let me hand this to a colleague who can help.");
        }
    }

    @Test
    void playsTheAgentInstanceItIsGiven() {
        CountingAgent agent = new CountingAgent();

        RunResult result = new RunService().run(request("counting"), agent, RunListener.SILENT);

        assertThat(result.traces()).hasSize(2);
        assertThat(agent.turns.get()).isGreaterThanOrEqualTo(2);
        assertThat(result.directory().readManifest().agent()).isEqualTo("counting");
    }

    @Test
    void refusesARequestNamingAnotherAgent() {
        assertThatThrownBy(() -> new RunService().run(request("naive"), new CountingAgent(), RunListener.SILENT))
                .isInstanceOf(CurveballException.class)
                .hasMessage("agent: the request names 'naive' but the agent's id() is 'counting'");
    }

    private RunRequest request(String agent) {
        return RunRequest.builder().agent(agent).world(WorldLoader.load(Path.of("../examples/acme-support")))
                .worldSource("examples/acme-support").personas(PersonaLibrary.load(Path.of("../personas")))
                .scenarios(new ScenarioSource.Generated(2, 7)).parallel(2).out(out.resolve("run"))
                .turnTimeout(Duration.ofSeconds(10)).build();
    }
}
