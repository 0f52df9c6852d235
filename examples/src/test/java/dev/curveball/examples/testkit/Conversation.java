package dev.curveball.examples.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.agent.Agent;
import dev.curveball.core.agent.AgentReply;
import dev.curveball.core.agent.AgentTurn;
import dev.curveball.core.agent.ChatMessage;
import dev.curveball.core.agent.ToolAccess;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.io.Json;
import dev.curveball.core.scenario.AuthUser;
import dev.curveball.core.world.ToolDefinition;
import dev.curveball.core.world.World;
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
    private final List<ObjectNode> specs;
    private final List<String> memory = new ArrayList<>();
    private final List<ChatMessage> messages = new ArrayList<>();
    private AgentReply lastReply;

    private Conversation(AuthUser user, List<ObjectNode> specs) {
        this.user = user;
        this.specs = List.copyOf(specs);
    }

    public static Conversation as(String customerId) {
        return new Conversation(new AuthUser(customerId, "customer"), List.of());
    }

    /** A conversation in {@code world}: the user has the world's subject role, and the agent gets its tools' specs. */
    public static Conversation in(World world, String userId) {
        List<ObjectNode> specs = world.tools().stream().map(Conversation::spec).toList();
        return new Conversation(new AuthUser(userId, world.subject().role()), specs);
    }

    public Conversation remembering(String... notes) {
        memory.addAll(List.of(notes));
        return this;
    }

    public String say(String userMessage, Agent agent, ToolClient tools) throws Exception {
        messages.add(ChatMessage.user(userMessage));
        AgentTurn turn = new AgentTurn(null, "test-" + user.id(), user, messages, memory, new ToolAccess("in-process", specs));
        lastReply = agent.respond(turn, tools);
        messages.add(ChatMessage.assistant(lastReply.reply()));
        return lastReply.reply();
    }

    public AgentReply lastReply() {
        return lastReply;
    }

    /** The OpenAI function spec the runner hands agents: name, description, parameters. */
    private static ObjectNode spec(ToolDefinition tool) {
        ObjectNode function = Json.object().put("name", tool.name()).put("description", tool.description());
        function.set("parameters", tool.parameters().deepCopy());
        ObjectNode spec = Json.object().put("type", "function");
        spec.set("function", function);
        return spec;
    }
}
