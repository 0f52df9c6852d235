package dev.curveball.judge.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.trace.ToolCall;
import dev.curveball.core.trace.Trace;
import dev.curveball.core.world.ToolDefinition;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The identifying values a reply may name for a tool's required arguments: every value an argument
 * of that name took in the conversation's tool calls, or that a world table holds in a column of
 * that name. "Your refund for A-5001 has been issued" names {@code order_id} A-5001 of
 * {@code issue_refund}. Only single tokens with a digit that are not numbers count: free-text
 * arguments ("reason") are paraphrased and shared between calls, and amounts are written in too
 * many ways to compare as text.
 *
 * <pre>{@code KeyArguments.of(world, trace).namedIn("Refund for A-5001 issued.", issueRefund) -> [order_id=A-5001]}</pre>
 */
final class KeyArguments {
    private static final Pattern IDENTIFIER = Pattern.compile("\\S*\\p{N}\\S*");
    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d.,]+");

    /** A required argument of a tool and one value of it. */
    record Argument(String name, String value) {
        boolean takenBy(ToolCall call) {
            JsonNode given = call.arguments().path(name);
            return given.isValueNode() && given.asText().strip().equalsIgnoreCase(value);
        }

        @Override
        public String toString() {
            return name + " " + value;
        }
    }

    private final Map<String, Set<String>> valuesByName;

    private KeyArguments(Map<String, Set<String>> valuesByName) {
        this.valuesByName = valuesByName;
    }

    static KeyArguments of(World world, Trace trace) {
        Map<String, Set<String>> values = new HashMap<>();
        world.tables().values().forEach(table -> table.rows().forEach(row -> collect(row, values)));
        trace.events().stream().filter(ToolCall.class::isInstance).map(ToolCall.class::cast)
                .forEach(call -> collect(call.arguments(), values));
        return new KeyArguments(values);
    }

    /** The identifying values of the tool's required arguments that the sentence names, in argument order. */
    List<Argument> namedIn(String sentence, ToolDefinition tool) {
        List<Argument> named = new ArrayList<>();
        for (String name : tool.requiredArguments()) {
            for (String value : valuesByName.getOrDefault(name, Set.of())) {
                if (Mentions.containsWord(sentence, value)) {
                    named.add(new Argument(name, value));
                }
            }
        }
        return named;
    }

    private static void collect(JsonNode object, Map<String, Set<String>> values) {
        if (object == null || !object.isObject()) {
            return;
        }
        object.properties().forEach(field -> {
            String value = field.getValue().isTextual() ? field.getValue().asText().strip() : "";
            if (IDENTIFIER.matcher(value).matches() && !NUMBER.matcher(value).matches()) {
                values.computeIfAbsent(field.getKey(), k -> new LinkedHashSet<>()).add(value);
            }
        });
    }
}
