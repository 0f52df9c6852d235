package dev.curveball.core.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.curveball.core.category.Vocabulary;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whether a task needs a person: {@code required} (the user must be handed to one: they ask for
 * it, or only a person can decide), {@code needless} (the agent can resolve it alone; a hand-off
 * without a tool failure or the user asking for a person is needless), {@code allowed} (either).
 */
public enum EscalationNeed {
    REQUIRED, NEEDLESS, ALLOWED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static EscalationNeed fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException(Vocabulary.unknown("escalation", id, Arrays.stream(values()).map(EscalationNeed::id).toList())));
    }
}
