package dev.curveball.core.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What one reply does, as read by a {@link ReplyReader}: its acts in the order the reply says them,
 * and which reader read it (offline, or a model).
 *
 * <pre>{@code ReplyReading r = reader.read("Refund RF-0001 for A-5001 is done. Anything else?", context);
 * r.claims(ActKind.DONE, "issue_refund", "A-5001")  // true
 * r.asks()                                          // [] : "anything else?" asks for nothing}</pre>
 */
public record ReplyReading(List<Act> acts, String reader) {
    public static final ReplyReading EMPTY = new ReplyReading(List.of(), "none");

    public ReplyReading {
        List<Act> distinct = new ArrayList<>();
        for (Act act : acts == null ? List.<Act>of() : acts) {
            if (distinct.stream().noneMatch(a -> a.withoutQuote().equals(act.withoutQuote()))) {
                distinct.add(act);
            }
        }
        acts = List.copyOf(distinct);
        reader = reader == null ? "offline" : reader;
    }

    public Stream<Act> of(ActKind kind) {
        return acts.stream().filter(a -> a.is(kind));
    }

    public boolean has(ActKind kind) {
        return of(kind).findAny().isPresent();
    }

    /**
     * Whether the reply does {@code kind} for {@code tool} (any tool when null) on {@code entity};
     * an act that names no entity counts for any entity, as a reader of the reply would take it.
     */
    public boolean claims(ActKind kind, String tool, String entity) {
        return of(kind).anyMatch(a -> (tool == null || tool.equals(a.tool()))
                && (entity == null || a.entity() == null || entity.equalsIgnoreCase(a.entity())));
    }

    /** The fields the reply asks the user for. */
    public List<String> asks() {
        return of(ActKind.ASKS).map(Act::field).filter(Objects::nonNull).distinct().toList();
    }

    /** The entities the reply says anything about. */
    public List<String> entities() {
        return acts.stream().map(Act::entity).filter(Objects::nonNull).distinct().toList();
    }
}
