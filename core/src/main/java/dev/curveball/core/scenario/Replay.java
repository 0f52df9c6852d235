package dev.curveball.core.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.curveball.core.error.Require;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What makes a scenario a golden case: the user's recorded turns, replayed while the agent answers
 * the same way, and where the case came from. {@code script} starts with the opening.
 *
 * <pre>{@code {"script":[{"text":"I want a refund for A-5001"},{"after":[{"act":"asks","field":"order_id"}],"text":"A-5001"}],
 *  "source":{"run":"runs/nightly","conversation":"s0007-t1","exported_at":"2026-11-26T06:00:00Z","reason":"failed"}}}</pre>
 */
public record Replay(List<RecordedTurn> script, Source source) {
    public Replay {
        script = List.copyOf(Require.nonEmpty(script, "script"));
        Require.check(script.get(0).after().isEmpty(), "field 'script[0].after' must be empty: the opening answers no reply");
        Require.present(source, "source");
    }

    /** Why a case was kept. */
    public enum Reason {
        /** The agent failed a hard check (agent-blamed). */
        FAILED,
        /** A passing conversation covering a task x faults x persona the golden folder did not hold. */
        NOVEL,
        /** A production transcript, imported. */
        INCIDENT;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Where the case came from: the run directory and conversation id (for an incident, the
     * incident file and its id), when it was exported, and why.
     */
    public record Source(String run, String conversation, Instant exportedAt, Reason reason,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String failure) {
        public Source {
            Require.text(run, "source.run");
            Require.text(conversation, "source.conversation");
            Require.present(exportedAt, "source.exported_at");
            Require.present(reason, "source.reason");
        }
    }
}
