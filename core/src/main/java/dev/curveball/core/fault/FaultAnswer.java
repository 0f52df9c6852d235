package dev.curveball.core.fault;

import dev.curveball.core.error.Require;

/**
 * What a fault answers in place of the tool: an HTTP status, the {@code error} text, and how long
 * the gateway keeps the caller waiting first.
 *
 * <pre>{@code new FaultAnswer(504, "upstream timeout", 150)}</pre>
 */
public record FaultAnswer(int status, String error, int delayMs) {
    public FaultAnswer {
        Require.check(status >= 400 && status <= 599, "a fault answering instead of the tool answers an error status, was " + status);
        Require.text(error, "error");
        Require.check(delayMs >= 0, "a fault's delay must not be negative, was " + delayMs);
    }
}
