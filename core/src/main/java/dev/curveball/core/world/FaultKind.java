package dev.curveball.core.world;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.curveball.core.category.Category;
import dev.curveball.core.category.Vocabulary;
import java.util.Arrays;
import java.util.List;

/** The faults the tool gateway injects, with the HTTP status each answers and the tags it exercises. */
public enum FaultKind {
    /** 504 after a delay. */
    TIMEOUT("timeout", 504, List.of(Category.TIMEOUT)),
    /** 500. */
    ERROR("error", 500, List.of(Category.TOOL_ERROR)),
    /** 429. */
    RATE_LIMIT("rate-limit", 429, List.of(Category.RATE_LIMIT)),
    /** 200 with the named fields dropped. */
    PARTIAL_DATA("partial-data", 200, List.of(Category.PARTIAL_DATA)),
    /** 200 with superseded document versions ranked before current ones. */
    SUPERSEDED_FIRST("superseded-first", 200, List.of(Category.STALE_DOCUMENT, Category.CONFLICTING_DOCUMENTS)),
    /** 200 with no results. */
    EMPTY_RETRIEVAL("empty-retrieval", 200, List.of(Category.EMPTY_RETRIEVAL)),
    /** 403. */
    PERMISSION_DENIED("permission-denied", 403, List.of(Category.PERMISSION_BOUNDARY));

    private final String id;
    private final int status;
    private final List<Category> categories;

    FaultKind(String id, int status, List<Category> categories) {
        this.id = id;
        this.status = status;
        this.categories = categories;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The HTTP status the gateway answers with when this fault fires. */
    public int status() {
        return status;
    }

    public List<Category> categories() {
        return categories;
    }

    @JsonCreator
    public static FaultKind fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Vocabulary.unknown("fault kind", id, Arrays.stream(values()).map(FaultKind::id).toList())));
    }
}
