package dev.curveball.core.category;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** The seven Launch Gate dimensions, each scored 0 to 5. */
public enum Dimension {
    MESSY_USERS("messy-users"),
    CONTEXT_DRIFT("context-drift"),
    TOOL_FAILURES("tool-failures"),
    PERMISSIONS("permissions"),
    HIGH_IMPACT("high-impact"),
    BUDGETS("budgets"),
    OUTCOME("outcome");

    private final String id;

    Dimension(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Dimension fromId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Vocabulary.unknown("dimension", id, Arrays.stream(values()).map(Dimension::id).toList())));
    }
}
