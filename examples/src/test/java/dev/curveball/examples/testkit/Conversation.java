package dev.curveball.examples.testkit;

import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.scenario.AuthUser;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation a test plays against an in-process agent, turn by turn, the way the runner sends it:
 * the whole history every turn.
 *
 * <pre>{@code Conversation chat = Conversation.as("C-1001");
 * String reply = chat.say("refund A-5001 pls", agent, tools);}</pre>
 */
public final class Conversation {
    private final AuthUser user;
    private final List<String> memory = new ArrayList<>();
    private final List<ChatMessage> messages = new ArrayList<>();
    private AgentReply lastReply;

    private Conversation(String customerId) {
        this.user = new AuthUser(customerId, "customer");
    }

    public static Conversation as(String customerId) {
        return new Conversation(customerId);
    }

    public Conversation remembering(String... notes) {
        memory.addAll(List.of(notes));
        return this;
    }

    public String say(String userMessage, Agent agent, ToolClient tools) throws Exception {
        messages.add(ChatMessage.user(userMessage));
        AgentTurn turn = new AgentTurn(null, "test-" + user.id(), user, messages, memory, new ToolAccess("in-process", List.of()));
        lastReply = agent.respond(turn, tools);
        messages.add(ChatMessage.assistant(lastReply.reply()));
        return lastReply.reply();
    }

    public AgentReply lastReply() {
        return lastReply;
    }
}
