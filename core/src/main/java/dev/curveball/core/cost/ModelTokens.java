package dev.curveball.core.cost;

import dev.curveball.core.error.Require;

/** Tokens one model call spent: the model as {@code provider:name}, tokens in and out. */
public record ModelTokens(String model, long inputTokens, long outputTokens) {
    public ModelTokens {
        Require.text(model, "model");
    }
}
