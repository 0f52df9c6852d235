package dev.curveball.core.agent;

import dev.curveball.core.error.Require;
import java.util.List;

/**
 * The fields of a hosted model agent's file, as written (see {@link ModelAgentFile}, which reads it,
 * and {@code agent.schema.json}). {@code model} and {@code system_prompt} are required; the rest
 * take the defaults below when left out. Read strictly: an unknown field is an error.
 *
 * <pre>{@code id: gpt4o-v2                   # what the manifest records (default: the file name)
 * model: openai:gpt-4o            # provider:name, as --model takes it
 * system_prompt: prompts/v2.md    # relative to the agent file
 * temperature: 0.2
 * max_tool_steps: 6               # tool-call rounds per turn; past it the conversation is an ERROR
 * max_output_tokens: 800
 * tools: [lookup_customer, list_orders, get_order, search_policy]}</pre>
 */
public record ModelAgentConfig(
        String id,
        String name,
        String model,
        String systemPrompt,
        Double temperature,
        Integer maxToolSteps,
        Integer maxOutputTokens,
        List<String> tools) {

    public static final double DEFAULT_TEMPERATURE = 0.0;
    public static final int DEFAULT_MAX_TOOL_STEPS = 8;
    public static final int DEFAULT_MAX_OUTPUT_TOKENS = 1024;

    public ModelAgentConfig {
        Require.text(model, "model");
        Require.text(systemPrompt, "system_prompt");
        Require.check(id == null || !id.isBlank(), "field 'id' must not be empty; give a value or leave the field out");
        Require.check(name == null || !name.isBlank(), "field 'name' must not be empty; give a value or leave the field out");
        temperature = temperature == null ? DEFAULT_TEMPERATURE : temperature;
        Require.check(temperature >= 0 && temperature <= 2, "field 'temperature' must be from 0 to 2, was " + temperature);
        maxToolSteps = maxToolSteps == null ? DEFAULT_MAX_TOOL_STEPS : Require.positive(maxToolSteps, "max_tool_steps");
        maxOutputTokens = maxOutputTokens == null ? DEFAULT_MAX_OUTPUT_TOKENS : Require.positive(maxOutputTokens, "max_output_tokens");
        tools = tools == null ? null : List.copyOf(tools);
    }

    /** Whether the file narrows the world's tools to a subset. */
    public boolean toolSubset() {
        return tools != null;
    }
}
