package dev.curveball.core.model;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.Require;

/**
 * Which model to use, written {@code provider:name}.
 *
 * <pre>{@code ModelSpec.parse("openai:gpt-4o-mini"); ModelSpec.parse("ollama:llama3.1");}</pre>
 */
public record ModelSpec(Provider provider, String name) {
    public ModelSpec {
        Require.present(provider, "provider");
        Require.text(name, "name");
    }

    /** Parses {@code provider:name}; a bad value is invalid input (exit 2) naming the providers. */
    public static ModelSpec parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw CurveballException.invalidInput("model '" + text + "': expected provider:name, such as openai:gpt-4o-mini "
                    + "(providers: " + String.join(", ", Provider.ids()) + ")");
        }
        try {
            return new ModelSpec(Provider.fromId(text.substring(0, colon)), text.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw CurveballException.invalidInput("model '" + text + "': " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return provider.id() + ":" + name;
    }
}
