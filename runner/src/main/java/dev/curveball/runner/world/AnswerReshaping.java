package dev.curveball.runner.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.world.FaultSpec;

/**
 * The faults that degrade a real answer after the tool ran: {@code partial-data} drops fields,
 * {@code empty-retrieval} empties the result list. Errors are left as they are; there is nothing
 * in them to degrade.
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
        ObjectNode body = answer.body().deepCopy();
        switch (fault.kind()) {
            case PARTIAL_DATA -> dropFields(body, fault, wrap);
            case EMPTY_RETRIEVAL -> empty(body, wrap);
            default -> {
                // superseded-first acts inside the search ranking; the replacing faults never get here
            }
        }
        return new ToolAnswer(answer.status(), body, answer.stored());
    }

    private static void dropFields(ObjectNode body, FaultSpec fault, String wrap) {
        body.remove(fault.dropFields());
        JsonNode list = wrap == null ? null : body.get(wrap);
        if (list != null && list.isArray()) {
            list.forEach(element -> {
                if (element.isObject()) {
                    ((ObjectNode) element).remove(fault.dropFields());
                }
            });
        }
    }

    /** Empties the wrapped list; a tool without one answers an empty object. */
    private static void empty(ObjectNode body, String wrap) {
        if (wrap == null) {
            body.removeAll();
        } else {
            body.set(wrap, Json.mapper().createArrayNode());
        }
    }
}
