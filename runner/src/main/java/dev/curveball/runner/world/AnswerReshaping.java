package dev.curveball.runner.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.world.FaultSpec;

/**
 * The faults that act on a real answer after the tool ran, each through its injector's
 * {@code reshape}: {@code partial-data} drops fields, {@code empty-retrieval} empties the result
 * list, {@code injected-instructions} plants text. Errors are left as they are; there is nothing in
 * them to reshape. The injector works on a copy, so the behaviour's answer is never edited.
 *
 * <pre>{@code get_invoice + partial-data [line_items] -> {invoice_id, order_id, total, paid_on}}</pre>
 */
final class AnswerReshaping {
    private AnswerReshaping() {
    }

    /** {@code answer} with {@code fault} applied; {@code wrap} is the tool's list field, or null. */
    static ToolAnswer apply(ToolAnswer answer, FaultSpec fault, String wrap) {
        if (!answer.ok()) {
            return answer;
        }
        ObjectNode body = fault.kind().injector().reshape(answer.body().deepCopy(), fault, wrap);
        if (body == null) {
            throw new IllegalStateException("fault injector '" + fault.kind().id() + "' reshaped an answer into nothing");
        }
        return new ToolAnswer(answer.status(), body, answer.stored());
    }
}
