package dev.curveball.runner.world;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.world.FaultSpec;
import dev.curveball.core.world.ToolDefinition;
import java.util.List;
import java.util.Optional;

/**
 * One tool call as the world engine handles it: its trace id, the tool (null when the world does
 * not declare it), its 1-based number among the calls of that tool, the arguments as sent, and the
 * scenario faults that fire on it.
 */
record Invocation(String callId, String tool, ToolDefinition definition, int call, JsonNode arguments, List<FaultSpec> faults) {

    Invocation {
        faults = List.copyOf(faults);
    }

    /** Whether a fault firing on the call drops its write: the tool answers as usual, the world stays as it was. */
    boolean effectSuppressed() {
        return faults.stream().anyMatch(f -> f.kind().injector().suppressesEffect());
    }

    /** The argument {@code name} as text, when it is present and a scalar. */
    Optional<String> argument(String name) {
        JsonNode value = arguments.get(name);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }
}
