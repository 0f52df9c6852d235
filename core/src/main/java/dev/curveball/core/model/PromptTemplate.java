package dev.curveball.core.model;

import dev.curveball.core.persona.SlotFiller;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A prompt kept as a {@code .md} resource with {@code ${slot}} placeholders, filled with Commons
 * Text. A leading {@code <!-- ... -->} block documents the slots and is not sent. A slot left
 * unfilled fails at once rather than reaching a model as {@code ${slot}}; a filled value is never
 * read as a template, so an agent's "${x}" stays text.
 *
 * <pre>{@code PromptTemplate.resource("curveball/prompts/scenario-writer.md").fill(Map.of("persona_voice", "Curt"))}</pre>
 */
public final class PromptTemplate {
    private static final Pattern LEADING_COMMENT = Pattern.compile("\\A\\s*<!--.*?-->\\s*", Pattern.DOTALL);

    private final String name;
    private final String text;

    private PromptTemplate(String name, String text) {
        this.name = name;
        this.text = LEADING_COMMENT.matcher(text).replaceFirst("");
    }

    /** Reads a classpath resource; a missing one is a packaging bug. */
    public static PromptTemplate resource(String path) {
        try (InputStream in = PromptTemplate.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("prompt resource " + path + " is missing from the classpath");
            }
            return new PromptTemplate(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt resource " + path, e);
        }
    }

    public String name() {
        return name;
    }

    /** The prompt with every slot filled from {@code values}. */
    public String fill(Map<String, String> values) {
        try {
            return SlotFiller.fill(text, values).strip() + "\n";
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("prompt " + name + ": " + e.getMessage() + " (given: "
                    + String.join(", ", new TreeSet<>(values.keySet())) + ")", e);
        }
    }
}
