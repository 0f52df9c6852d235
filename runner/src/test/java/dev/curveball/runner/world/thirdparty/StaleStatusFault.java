package dev.curveball.runner.world.thirdparty;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.category.Category;
import dev.curveball.core.fault.FaultInjector;
import dev.curveball.core.fault.FaultParameters;
import dev.curveball.core.world.FaultSpec;
import java.util.List;

/**
 * A fault kind from outside Curveball, registered only in this module's test resources: a read
 * answers with {@code params.status} in place of the record's real status, as a stale cache would.
 * It proves a new kind is one class and a registration line, with no edits elsewhere.
 */
public final class StaleStatusFault implements FaultInjector {
    @Override
    public String id() {
        return "stale-status";
    }

    @Override
    public List<Category> categories() {
        return List.of(Category.STALE_DOCUMENT);
    }

    @Override
    public void validate(FaultParameters parameters) {
        parameters.allowOnly(List.of("status"));
        if (parameters.text("status").isEmpty()) {
            throw new IllegalArgumentException("missing required field 'params.status'");
        }
    }

    @Override
    public ObjectNode reshape(ObjectNode body, FaultSpec fault, String wrap) {
        body.put("status", fault.parameters().text("status").orElseThrow());
        return body;
    }

    @Override
    public String detail(FaultSpec fault) {
        return "answered a cached status: " + fault.parameters().text("status").orElseThrow();
    }
}
