package dev.curveball.core.model;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.Require;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which model to use, written {@code provider:name}.
 *
 * <pre>{@code ModelSpec.parse("openai:gpt-4o-mini"); ModelSpec.parse("ollama:llama3.1");}</pre>
 */
public record ModelSpec(Provider provider, String name) {
    private static final Pattern OPENAI_NAME = Pattern.compile("(chat)?gpt.*|o\\d([-.].*)?");

    public ModelSpec {
        Require.present(provider, "provider");
        Require.text(name, "name");
    }

    /** Parses {@code provider:name}; a bad value is invalid input (exit 2) naming the providers. */
    public static ModelSpec parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw CurveballException.invalidInput("model '" + text + "': expected provider:name, such as openai:gpt-4o-mini "
                    + "(providers: " + String.join(", ", Provider.ids()) + ")"
                    + suggestion(text).map(s -> "; did you mean " + s + "?").orElse(""));
        }
        try {
            return new ModelSpec(Provider.fromId(text.substring(0, colon)), text.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw CurveballException.invalidInput("model '" + text + "': " + e.getMessage());
        }
    }

    /** What a spec without its provider most likely meant: {@code gpt-4o} is OpenAI's, {@code claude-...} Anthropic's, {@code gemini-...} Google's. */
    private static Optional<String> suggestion(String text) {
        if (text == null || text.isBlank() || text.contains(":")) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash > 0 && slash < text.length() - 1 && Provider.ids().contains(text.substring(0, slash))) {
            return Optional.of(text.substring(0, slash) + ":" + text.substring(slash + 1));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (OPENAI_NAME.matcher(lower).matches()) {
            return Optional.of(Provider.OPENAI.id() + ":" + text);
        }
        if (lower.startsWith("gemini")) {
            return Optional.of(Provider.GEMINI.id() + ":" + text);
        }
        return lower.startsWith("claude") ? Optional.of(Provider.ANTHROPIC.id() + ":" + text) : Optional.empty();
    }

    @Override
    public String toString() {
        return provider.id() + ":" + name;
    }
}
