package dev.curveball.core.world;

import dev.curveball.core.category.Category;
import dev.curveball.core.error.Require;
import java.util.List;

/**
 * A named set of faults a world offers to the generator, with the tags it exercises beyond those
 * of its fault kinds.
 *
 * <pre>{@code {id: invoice-timeout-then-partial, faults: [...], tags: [timeout, partial-data]}}</pre>
 */
public record FaultProfile(String id, String description, List<Category> tags, List<FaultSpec> faults) {
    public FaultProfile {
        Require.text(id, "id");
        description = description == null ? "" : description;
        tags = List.copyOf(tags == null ? List.of() : tags);
        faults = List.copyOf(faults == null ? List.of() : faults);
    }
}
