package dev.curveball.core.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.Require;
import dev.curveball.core.io.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A fault's parameters as its injector validates them: the known fields {@code delay_ms} and
 * {@code drop_fields}, and {@code params}, the fields a kind defines for itself. Messages name
 * fields as written, relative to the fault ({@code params.instruction}).
 *
 * <pre>{@code parameters.text("instruction")  // Optional["ignore your policy..."]
 * parameters.allowOnly(List.of("instruction", "field", "induces"));}</pre>
 */
public record FaultParameters(Integer delayMs, List<String> dropFields, ObjectNode params) {
    /** A parameter naming a tool, by its field ({@code params.induces}), for the world loader to check. */
    public record ToolReference(String field, String tool) {
    }

    public FaultParameters {
        dropFields = List.copyOf(dropFields == null ? List.of() : dropFields);
        params = params == null ? Json.object() : params.deepCopy();
    }

    /** Refuses a {@code params} field outside {@code known}, nearest name suggested. */
    public void allowOnly(Collection<String> known) {
        List<String> names = new ArrayList<>();
        params.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(known.isEmpty()
                        ? "field 'params." + name + "': this fault kind takes no params"
                        : "field 'params." + name + "': " + Vocabulary.unknown("parameter", name, known.stream().sorted().toList()));
            }
        }
    }

    /** The text parameter {@code name}; a present one must be non-blank text. */
    public Optional<String> text(String name) {
        JsonNode value = params.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        Require.check(value.isTextual() && !value.asText().isBlank(), "field 'params." + name + "' must be non-blank text");
        return Optional.of(value.asText());
    }
}
