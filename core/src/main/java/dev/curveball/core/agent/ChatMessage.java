package dev.curveball.core.agent;

import dev.curveball.core.error.Require;

/** One message of the conversation as the agent protocol sends it: role {@code user} or {@code assistant}. */
public record ChatMessage(String role, String content) {
    public ChatMessage {
        Require.text(role, "role");
        content = content == null ? "" : content;
    }

    public static ChatMessage user(String content) {
        return new ChatMessage("user", content);
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage("assistant", content);
    }
}
