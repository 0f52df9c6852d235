package dev.curveball.core.agent;

import dev.curveball.core.error.Require;
import dev.curveball.core.scenario.AuthUser;
import java.util.List;

/**
 * Everything an agent gets for one turn (the body of the HTTP agent protocol
 * {@code curveball.agent/1}): the whole conversation so far, the user it acts for, its memory
 * (possibly stale on purpose) and its tools.
 */
public record AgentTurn(
        String protocol,
        String conversationId,
        AuthUser user,
        List<ChatMessage> messages,
        List<String> memory,
        ToolAccess tools) {

    public static final String PROTOCOL = "curveball.agent/1";

    public AgentTurn {
        protocol = protocol == null ? PROTOCOL : protocol;
        Require.text(conversationId, "conversation_id");
        Require.present(user, "user");
        messages = List.copyOf(Require.nonEmpty(messages, "messages"));
        memory = List.copyOf(memory == null ? List.of() : memory);
        Require.present(tools, "tools");
    }

    /** The last thing the user said. */
    public String lastUserMessage() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role().equals("user")) {
                return messages.get(i).content();
            }
        }
        return "";
    }
}
