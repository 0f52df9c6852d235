package dev.curveball.runner.user;

import dev.curveball.core.trace.EndReason;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The model-driven user's explicit stop signal, as its structured reply spells it, and the end it means. */
enum StopSignal {
    CONTINUE("continue", null),
    GOAL_MET("goal_met", EndReason.GOAL_MET),
    GAVE_UP("gave_up", EndReason.GAVE_UP),
    HANDED_TO_HUMAN("handed_to_human", EndReason.HANDED_TO_HUMAN);

    private final String id;
    private final EndReason reason;

    StopSignal(String id, EndReason reason) {
        this.id = id;
        this.reason = reason;
    }

    String id() {
        return id;
    }

    /** The trace's end reason; {@code null} for {@link #CONTINUE}. */
    EndReason reason() {
        return reason;
    }

    static Optional<StopSignal> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(StopSignal::id).toList();
    }
}
