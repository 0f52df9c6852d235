package dev.curveball.judge.testkit;

import dev.curveball.core.reading.Act;
import dev.curveball.core.reading.ActKind;

/**
 * Acts for crafted replies, so a check test states what a reply does instead of depending on how
 * well the reader reads its words today.
 *
 * <pre>{@code trace.agent("Your refund has been issued.", Acts.done("issue_refund", "A-5001"))}</pre>
 */
public final class Acts {
    private Acts() {
    }

    public static Act done(String tool, String entity) {
        return Act.action(ActKind.DONE, tool, entity, null);
    }

    public static Act pending(String tool, String entity) {
        return Act.action(ActKind.PENDING, tool, entity, null);
    }

    public static Act notDone(String tool, String entity) {
        return Act.action(ActKind.NOT_DONE, tool, entity, null);
    }

    public static Act refuses(String tool, String entity) {
        return Act.action(ActKind.REFUSES, tool, entity, null);
    }

    public static Act offers(String tool) {
        return Act.action(ActKind.OFFERS, tool, null, null);
    }

    public static Act handsOff() {
        return Act.of(ActKind.HANDS_OFF, null);
    }

    public static Act hedges() {
        return Act.of(ActKind.HEDGES, null);
    }

    public static Act asks(String field, String value) {
        return new Act(ActKind.ASKS, null, null, field, value, null);
    }

    public static Act asserts(String entity, String field, String value) {
        return Act.asserts(entity, field, value, null);
    }
}
