package dev.curveball.core.model;

import dev.curveball.core.error.Require;
import java.util.List;

/**
 * One call to a model: the messages, sampling parameters and, for structured output, the schema
 * the reply must match ({@code null} for free text). Everything here but {@code purpose} is part
 * of the cache key; {@code purpose} only names the call in errors ("scenario writer", "user simulator").
 */
public record ModelRequest(String purpose, List<ModelMessage> messages, double temperature, int maxOutputTokens,
                           ResponseSchema responseSchema, Long seed) {
    public ModelRequest {
        Require.text(purpose, "purpose");
        messages = List.copyOf(Require.nonEmpty(messages, "messages"));
        Require.check(temperature >= 0 && temperature <= 2, "temperature must be between 0 and 2, was " + temperature);
        Require.positive(maxOutputTokens, "max_output_tokens");
    }
}
