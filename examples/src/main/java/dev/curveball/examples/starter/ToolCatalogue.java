package dev.curveball.examples.starter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the starter agent makes of the tool specs it is handed, by name and parameters alone (the
 * specs say nothing about what a tool changes, so it goes by the naming conventions most tool sets
 * follow):
 * <ul>
 *   <li>a <em>read</em> is named {@code get_}, {@code lookup_}, {@code list_}, {@code search_} or {@code find_}…;</li>
 *   <li>an <em>account read</em> is a read whose only required argument is {@code <role>_id}
 *       ({@code member_id} for a member): it is called with the authenticated user's id;</li>
 *   <li>the <em>document search</em> is a read with a required {@code query};</li>
 *   <li>the <em>hand-off</em> is named after escalating or a human ({@code escalate_to_human}).</li>
 * </ul>
 * Every other tool is an action the starter agent never calls.
 *
 * <pre>{@code ToolCatalogue.of(turn.tools().specs(), "member").accountReads() // [lookup_member, list_orders]}</pre>
 */
record ToolCatalogue(List<String> accountReads, Optional<String> search, Optional<Tool> handOff, String subjectArgument) {
    private static final List<String> READ_PREFIXES = List.of("get_", "lookup_", "list_", "search_", "find_");
    private static final List<String> HAND_OFF_WORDS = List.of("escalat", "human", "hand_off", "handoff");

    /** A tool's name and the arguments its schema requires. */
    record Tool(String name, List<String> required) {
        Tool {
            required = List.copyOf(required);
        }
    }

    ToolCatalogue {
        accountReads = List.copyOf(accountReads);
    }

    static ToolCatalogue of(List<ObjectNode> specs, String role) {
        String subjectArgument = role.toLowerCase(Locale.ROOT) + "_id";
        List<String> accountReads = new ArrayList<>();
        Optional<String> search = Optional.empty();
        Optional<Tool> handOff = Optional.empty();
        for (ObjectNode spec : specs) {
            Tool tool = tool(spec);
            if (isRead(tool.name()) && tool.required().equals(List.of(subjectArgument))) {
                accountReads.add(tool.name());
            } else if (isRead(tool.name()) && tool.required().contains("query") && search.isEmpty()) {
                search = Optional.of(tool.name());
            } else if (isHandOff(tool.name()) && handOff.isEmpty()) {
                handOff = Optional.of(tool);
            }
        }
        return new ToolCatalogue(accountReads, search, handOff, subjectArgument);
    }

    /** Reads {@code {"type": "function", "function": {"name": ..., "parameters": {"required": [...]}}}}. */
    private static Tool tool(ObjectNode spec) {
        JsonNode function = spec.has("function") ? spec.get("function") : spec;
        List<String> required = new ArrayList<>();
        function.path("parameters").path("required").forEach(name -> required.add(name.asText()));
        return new Tool(function.path("name").asText(""), required);
    }

    private static boolean isRead(String name) {
        return READ_PREFIXES.stream().anyMatch(name::startsWith);
    }

    private static boolean isHandOff(String name) {
        return HAND_OFF_WORDS.stream().anyMatch(name::contains);
    }
}
