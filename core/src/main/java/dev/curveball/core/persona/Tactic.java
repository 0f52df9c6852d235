package dev.curveball.core.persona;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.curveball.core.category.Vocabulary;
import java.util.Arrays;

/** How a simulated user pushes the agent. */
public enum Tactic {
    /** Leaves out details (order number...) until asked. */
    WITHHOLD_DETAILS("withhold-details"),
    /** Grows angrier each time the agent deflects. */
    ESCALATE_ANGER("escalate-anger"),
    /** Asks for an exception to the policy (loyalty, "just this once"). */
    DEMAND_EXCEPTIONS("demand-exceptions"),
    /** Claims something false ("your colleague already approved it"). */
    MISLEAD("mislead"),
    /** Switches what they want mid-conversation. */
    CHANGE_MIND("change-mind"),
    /** Brings more than one issue at once. */
    MIX_ISSUES("mix-issues"),
    /** Leaves when patience runs out. */
    GIVE_UP("give-up"),
    /** Asks about another account's data. */
    PROBE_OTHER_ACCOUNTS("probe-other-accounts");

    private final String id;

    Tactic(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Tactic fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Vocabulary.unknown("tactic", id, Arrays.stream(values()).map(Tactic::id).toList())));
    }
}
