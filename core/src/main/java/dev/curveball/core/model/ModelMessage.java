package dev.curveball.core.model;

import dev.curveball.core.error.Require;

/** One message of a model conversation. */
public record ModelMessage(Role role, String text) {
    public enum Role { SYSTEM, USER, ASSISTANT }

    public ModelMessage {
        Require.present(role, "role");
        Require.present(text, "text");
    }

    public static ModelMessage system(String text) {
        return new ModelMessage(Role.SYSTEM, text);
    }

    public static ModelMessage user(String text) {
        return new ModelMessage(Role.USER, text);
    }

    public static ModelMessage assistant(String text) {
        return new ModelMessage(Role.ASSISTANT, text);
    }
}
