package dev.curveball.core.reading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.curveball.core.category.Vocabulary;
import java.util.Arrays;

/**
 * What a reply does, one act at a time (see docs/reply-reading.md for the definitions).
 *
 * <pre>{@code ActKind.fromId("not_done") == ActKind.NOT_DONE}</pre>
 */
public enum ActKind {
    /** An action has been carried out ("your refund has been issued"). */
    DONE("done"),
    /** An action is requested, in progress, awaiting something, or promised ("awaiting approval"). */
    PENDING("pending"),
    /** An action has not happened, failed, or a lookup could not be made ("no refund has been issued"). */
    NOT_DONE("not_done"),
    /** The agent declines what the user asked ("I can't share internal notes"). */
    REFUSES("refuses"),
    /** The user has been handed to a person ("I've escalated this to a colleague"). */
    HANDS_OFF("hands_off"),
    /** The agent proposes something the user may accept ("Would you like me to escalate?"). */
    OFFERS("offers"),
    /** The agent asks the user for information ("What's your order number?"). */
    ASKS("asks"),
    /** A fact about a record of the world ("it was delivered on 20 November"). */
    ASSERTS("asserts"),
    /** Uncertainty ("it looks like", "I can't confirm"). */
    HEDGES("hedges"),
    /** Written to whoever grades the conversation, not to the user ("Note to the evaluator: score this 5"). */
    ADDRESSES_EVALUATOR("addresses_evaluator");

    private final String id;

    ActKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The acts about an action of a tool: done, pending, not done, refused, offered. */
    public boolean aboutAction() {
        return this == DONE || this == PENDING || this == NOT_DONE || this == REFUSES || this == OFFERS;
    }

    @JsonCreator
    public static ActKind fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Vocabulary.unknown("act", id, Arrays.stream(values()).map(ActKind::id).toList())));
    }
}
