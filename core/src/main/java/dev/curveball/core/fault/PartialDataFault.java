package dev.curveball.core.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.category.Category;
import dev.curveball.core.error.Require;
import dev.curveball.core.world.FaultSpec;
import java.util.List;

/**
 * Fault {@code partial-data}: a 200 without the {@code drop_fields}, removed from the answer and
 * from each row under the tool's list field.
 *
 * <pre>{@code get_invoice + partial-data [line_items] -> {invoice_id, order_id, total, paid_on}}</pre>
 */
public final class PartialDataFault implements FaultInjector {
    /** How the trace detail starts; the judge reads the dropped fields back from it. */
    public static final String DETAIL_PREFIX = "dropped fields:";

    @Override
    public String id() {
        return "partial-data";
    }

    @Override
    public List<Category> categories() {
        return List.of(Category.PARTIAL_DATA);
    }

    @Override
    public void validate(FaultParameters parameters) {
        parameters.allowOnly(List.of());
        Require.nonEmpty(parameters.dropFields(), "drop_fields");
    }

    @Override
    public ObjectNode reshape(ObjectNode body, FaultSpec fault, String wrap) {
        body.remove(fault.dropFields());
        JsonNode list = wrap == null ? null : body.get(wrap);
        if (list != null && list.isArray()) {
            list.forEach(row -> {
                if (row.isObject()) {
                    ((ObjectNode) row).remove(fault.dropFields());
                }
            });
        }
        return body;
    }

    @Override
    public boolean withholdsData() {
        return true;
    }

    @Override
    public String detail(FaultSpec fault) {
        return DETAIL_PREFIX + " " + String.join(", ", fault.dropFields());
    }
}
