package dev.curveball.core.trace;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a conversation ended. Only {@link #ERROR} makes it an infrastructure ERROR. */
public enum EndReason {
    /** The user considered the problem solved or got a clear next step. */
    GOAL_MET,
    /** The user ran out of patience. */
    GAVE_UP,
    /** The agent handed the user to a human. */
    HANDED_TO_HUMAN,
    /** The scenario's turn limit was reached. */
    MAX_TURNS,
    /** The agent or the harness failed; see the error event. */
    ERROR;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
