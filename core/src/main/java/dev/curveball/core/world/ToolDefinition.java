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
 * one first; {@code claims} are regular expressions (case-insensitive) that, in an agent reply,
 * claim this tool's action succeeded.
 */
public record ToolDefinition(
        String name,
        String description,
        ObjectNode parameters,
        ToolBehaviour behaviour,
        Boolean highImpact,
        ApprovalRule approval,
        List<String> claims) {

    public ToolDefinition {
        Require.text(name, "name");
        Require.text(description, "description");
        Require.present(parameters, "parameters");
        Require.present(behaviour, "behaviour");
        highImpact = highImpact != null && highImpact;
        claims = List.copyOf(claims == null ? List.of() : claims);
    }

    /** The required argument names of the JSON-schema parameters. */
    public List<String> requiredArguments() {
        List<String> names = new ArrayList<>();
        parameters.path("required").forEach(n -> names.add(n.asText()));
        return List.copyOf(names);
    }
}
