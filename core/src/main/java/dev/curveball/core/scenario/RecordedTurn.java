package dev.curveball.core.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.curveball.core.reading.Act;
import dev.curveball.core.reading.ReplyReading;
import dev.curveball.core.trace.EndReason;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One turn of a recorded user, as a golden case replays it: what the user said ({@code text},
 * may be null when the user ended without a word), the persona tactic it played, whether the user
 * ended the conversation with it ({@code ends}: goal met, gave up, handed to a human), and
 * {@code after}: what the agent's reply before it did, as the run's reply reader read it (its
 * acts without quotes or values). The opening turn answers no reply, so its {@code after} is empty.
 *
 * <pre>{@code {"after":[{"act":"asks","field":"order_id"}],"text":"It's A-5001.","tactic":null}}</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordedTurn(List<Act> after, String text, String tactic, EndReason ends) {
    public RecordedTurn {
        after = shape(after == null ? List.of() : after);
        text = text == null || text.isEmpty() ? null : text;
        if (ends == EndReason.ERROR || ends == EndReason.MAX_TURNS) {
            throw new IllegalArgumentException("field 'ends' must be goal_met, gave_up or handed_to_human, was " + ends.id());
        }
        if (text == null && ends == null) {
            throw new IllegalArgumentException("field 'text' must be set unless the turn ends the conversation");
        }
    }

    /**
     * What a reply does, in a form two readings of differently worded replies share: each act's
     * kind, tool, entity and field, without its quote or value, distinct and sorted.
     */
    public static List<Act> shape(List<Act> acts) {
        return acts.stream().map(a -> new Act(a.act(), a.tool(), a.entity() == null ? null : a.entity().toUpperCase(java.util.Locale.ROOT),
                        a.field(), null, null))
                .distinct()
                .sorted(Comparator.comparing((Act a) -> a.act().name())
                        .thenComparing(a -> Objects.toString(a.tool(), ""))
                        .thenComparing(a -> Objects.toString(a.entity(), ""))
                        .thenComparing(a -> Objects.toString(a.field(), "")))
                .toList();
    }

    /** Whether {@code reading} does what the reply this turn answered did: the same {@link #shape}. */
    public boolean answers(ReplyReading reading) {
        return shape(reading == null ? List.of() : reading.acts()).equals(after);
    }
}
