package dev.curveball.core.reading;

import dev.curveball.core.world.World;
import java.util.List;

/**
 * The records of a world a text names, for code outside the reader (the judge asking whether the
 * user ever named the order an agent acted on): by id in any spelling ("A-5001", "a5001",
 * "#5001"), or by an identifying value ("my headphones"), resolved toward {@code subject}'s own
 * records as {@link OfflineReplyReader} resolves them.
 *
 * <pre>{@code RecordMentions.in(acme, "it's about my headphones", "C-1001")
 * // [Named[id=A-5001, byId=false]]}</pre>
 */
public final class RecordMentions {
    /** A record a text names, and whether it named it by its id. */
    public record Named(String id, boolean byId) {
    }

    private RecordMentions() {
    }

    /** The records {@code text} names, in text order, each once. */
    public static List<Named> in(World world, String text, String subject) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        WorldTerms terms = WorldTerms.of(world);
        return terms.entities().mentions(terms.spell(Normalizer.normalize(text)), subject).stream()
                .map(m -> new Named(m.entity().id(), m.byId())).distinct().toList();
    }
}
