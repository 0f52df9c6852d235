package dev.curveball.core.fault;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.category.Category;
import dev.curveball.core.io.Json;
import dev.curveball.core.world.FaultSpec;
import java.util.List;

/** Fault {@code empty-retrieval}: a 200 whose list field is empty (a tool without one answers an empty object). */
public final class EmptyRetrievalFault implements FaultInjector {
    @Override
    public String id() {
        return "empty-retrieval";
    }

    @Override
    public List<Category> categories() {
        return List.of(Category.EMPTY_RETRIEVAL);
    }

    @Override
    public ObjectNode reshape(ObjectNode body, FaultSpec fault, String wrap) {
        if (wrap == null) {
            body.removeAll();
        } else {
            body.set(wrap, Json.mapper().createArrayNode());
        }
        return body;
    }

    @Override
    public boolean withholdsData() {
        return true;
    }

    @Override
    public String detail(FaultSpec fault) {
        return "answered with no results";
    }
}
