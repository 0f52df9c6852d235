package dev.curveball.core.fault;

import dev.curveball.core.category.Category;
import dev.curveball.core.world.Document;
import dev.curveball.core.world.FaultSpec;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fault {@code superseded-first}: a search answers its usual results with every superseded
 * document version ranked before the current ones (each group keeping its order).
 */
public final class SupersededFirstFault implements FaultInjector {
    @Override
    public String id() {
        return "superseded-first";
    }

    @Override
    public List<Category> categories() {
        return List.of(Category.STALE_DOCUMENT, Category.CONFLICTING_DOCUMENTS);
    }

    @Override
    public List<Document> reorder(List<Document> ranked, FaultSpec fault) {
        return Stream.concat(ranked.stream().filter(d -> d.status() == Document.Status.SUPERSEDED),
                ranked.stream().filter(d -> d.status() != Document.Status.SUPERSEDED)).toList();
    }

    @Override
    public String detail(FaultSpec fault) {
        return "superseded document versions ranked before current ones";
    }
}
