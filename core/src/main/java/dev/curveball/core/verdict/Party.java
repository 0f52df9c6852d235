package dev.curveball.core.verdict;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Who caused a FAIL: the agent under test, the simulated user playing the customer, or the
 * simulated world itself. Only the agent's failures count against its pass rate.
 */
public enum Party {
    /** The agent did or said something a check forbids, or did not get the task done. */
    AGENT,
    /** The simulated user broke the rules of its role, and the failure follows from that. */
    SIMULATOR,
    /** The simulated world answered in a way no scenario fault asked for. */
    ENVIRONMENT;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
