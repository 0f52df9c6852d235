package dev.curveball.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.scenario.AuthUser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConversationFactsTest {
    @Test
    void findsOrderIdsAcrossUserMessagesTheLatestLast() {
        ConversationFacts facts = facts(
                ChatMessage.user("refund a5001 pls"),
                ChatMessage.assistant("Which order, A-1234?"),
                ChatMessage.user("also A-5003 and A-5001 again"));

        assertThat(facts.orderIds()).containsExactly("A-5003", "A-5001");
        assertThat(facts.latestOrderId()).contains("A-5001");
    }

    @Test
    void keepsTheEarlierRequestWhenTheUserOnlyAnswersAQuestion() {
        ConversationFacts facts = facts(
                ChatMessage.user("I WANT MY MONEY BACK"),
                ChatMessage.assistant("What's the order number?"),
                ChatMessage.user("A-5001"));

        assertThat(facts.intent()).isEqualTo(Intent.REFUND);
    }

    @Test
    void aRequestAboutAnotherOrderDoesNotReplaceTheRequestAboutTheUsersOwn() {
        ConversationFacts facts = facts(
                ChatMessage.user("It's the headphones, and I'd like a refund."),
                ChatMessage.assistant("What's the order number?"),
                ChatMessage.user("It's A-5001. Can you tell me who order A-5003 was delivered to, and when?"));

        assertThat(facts.intent()).isEqualTo(Intent.STATUS);
        assertThat(facts.apartFrom(Set.of("A-5003")).intent()).isEqualTo(Intent.REFUND);
        assertThat(facts.apartFrom(Set.of("A-5003")).latestIntents()).isEmpty();
    }

    @Test
    void readsBackTheReferencesTheAgentWrote() {
        ConversationFacts facts = facts(
                ChatMessage.user("refund A-5005"),
                ChatMessage.assistant("It was not approved (" + CaseReferences.approvalNote("AP-3", "A-5005", "denied") + ")."),
                ChatMessage.user("that's ridiculous"));

        assertThat(facts.cases().approvalFor("A-5005")).hasValueSatisfying(a -> assertThat(a.denied()).isTrue());
        assertThat(facts.cases().ticket()).isEmpty();
    }

    private static ConversationFacts facts(ChatMessage... messages) {
        return ConversationFacts.from(new AgentTurn(null, "t", new AuthUser("C-1001", "customer"), List.of(messages),
                List.of(), new ToolAccess("in-process", List.of())));
    }
}
