package dev.curveball.core.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.error.Require;
import java.util.ArrayList;
import java.util.List;

/**
 * A tool the agent may call: its OpenAI-style function spec (name, description, JSON-schema
 * parameters) and the declarative behaviour the world engine executes.
 *
 * <p>{@code highImpact} tools change the world irreversibly; {@code approval} says when they need
 * one first; {@code synonyms} are words its action is also spoken of with ("money back" for a
 * refund), for the reply reader, which knows the words of the tool's name already.
 */
public record ToolDefinition(
        String name,
        String description,
        ObjectNode parameters,
        ToolBehaviour behaviour,
        Boolean highImpact,
        ApprovalRule approval,
        List<String> synonyms) {

    public ToolDefinition {
        Require.text(name, "name");
        Require.text(description, "description");
        Require.present(parameters, "parameters");
        Require.present(behaviour, "behaviour");
        highImpact = highImpact != null && highImpact;
        synonyms = List.copyOf(synonyms == null ? List.of() : synonyms);
    }

    /** The required argument names of the JSON-schema parameters. */
    public List<String> requiredArguments() {
        List<String> names = new ArrayList<>();
        parameters.path("required").forEach(n -> names.add(n.asText()));
        return List.copyOf(names);
    }
}
