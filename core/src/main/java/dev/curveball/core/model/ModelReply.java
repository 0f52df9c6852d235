package dev.curveball.core.model;

/**
 * A model's answer: its text, token counts (0 when the server sent none) and whether it came from
 * the on-disk cache rather than the server.
 */
public record ModelReply(String text, long inputTokens, long outputTokens, boolean cached) {
    public ModelReply {
        text = text == null ? "" : text;
    }

    public ModelReply fromCache() {
        return new ModelReply(text, inputTokens, outputTokens, true);
    }
}
