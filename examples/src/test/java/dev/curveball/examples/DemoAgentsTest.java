package dev.curveball.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.agent.Agent;
import dev.curveball.examples.testkit.Conversation;
import dev.curveball.examples.testkit.FakeAcmeTools;
import java.math.BigDecimal;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class DemoAgentsTest {
    @Test
    void theDemoAgentsAreFoundByTheirIds() {
        assertThat(ServiceLoader.load(Agent.class).stream().map(p -> p.get().id()))
                .contains("naive", "careful", "starter");
    }

    @Test
    void reportHonestZeroCostBecauseTheyCallNoModel() throws Exception {
        for (Agent agent : new Agent[] {new NaiveAgent(), new CarefulAgent()}) {
            Conversation chat = Conversation.as("C-1001");
            chat.say("where is A-5001", agent, FakeAcmeTools.forCustomer("C-1001"));

            assertThat(chat.lastReply().usage().costUsd()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(chat.lastReply().usage().inputTokens()).isZero();
        }
    }
}
