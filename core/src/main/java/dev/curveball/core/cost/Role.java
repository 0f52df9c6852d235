package dev.curveball.core.cost;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * Who spent the tokens of a usage record: the agent under test, the simulated user (and the reply
 * reader it shares with the judge), or the judge's rubric grader. Written lowercase in JSON.
 *
 * <pre>{@code {"type":"usage","role":"user","model":"openai:gpt-4o-mini","input_tokens":812,...}}</pre>
 */
public enum Role {
    AGENT, USER, JUDGE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role '" + id + "' (expected agent, user or judge)"));
    }
}
