package dev.curveball.core.persona;

import dev.curveball.core.error.Require;
import dev.curveball.core.io.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words by which a model playing a user gives itself away ("as an AI", "simulated",
 * "role-play"...), bundled as {@code curveball/persona/character-breaks.yaml}. Model-written
 * openings and briefs, and a model-driven user's messages, are checked against them.
 *
 * <pre>{@code CharacterBreaks.bundled().find("As an AI, I can't have headphones")  // Optional[as an ai]}</pre>
 */
public record CharacterBreaks(List<String> phrases) {
    private static final String RESOURCE = "curveball/persona/character-breaks.yaml";
    private static final CharacterBreaks BUNDLED = load();

    /** Each phrase's pattern, compiled once: the phrases are the bundled file's (or a test's), a bounded set. */
    private static final java.util.Map<String, Pattern> WHOLE_WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    public CharacterBreaks {
        phrases = List.copyOf(Require.nonEmpty(phrases, "phrases"));
    }

    public static CharacterBreaks bundled() {
        return BUNDLED;
    }

    /** The first phrase {@code text} contains as whole words, case-insensitively. */
    public Optional<String> find(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return phrases.stream().filter(p -> wholeWords(p).matcher(lower).find()).findFirst();
    }

    private static Pattern wholeWords(String phrase) {
        return WHOLE_WORDS.computeIfAbsent(phrase, CharacterBreaks::compileWholeWords);
    }

    private static Pattern compileWholeWords(String phrase) {
        return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(phrase.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}_])");
    }

    private static CharacterBreaks load() {
        try (InputStream in = CharacterBreaks.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + RESOURCE + " is missing from the core jar");
            }
            return Yaml.read(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), CharacterBreaks.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + RESOURCE, e);
        }
    }
}
