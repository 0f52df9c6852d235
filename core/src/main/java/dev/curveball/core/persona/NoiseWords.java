package dev.curveball.core.persona;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The abbreviations and slang {@link NoiseOperators} uses, read from the bundled
 * {@code curveball/noise/noise-words.yaml} (data, not code, so a new abbreviation is a one-line change).
 */
record NoiseWords(Map<String, String> abbreviations, List<String> slang) {
    static final String RESOURCE = "curveball/noise/noise-words.yaml";
    static final NoiseWords BUNDLED = load();

    NoiseWords {
        abbreviations = Map.copyOf(abbreviations == null ? Map.of() : abbreviations);
        slang = List.copyOf(slang == null ? List.of() : slang);
    }

    /** One pattern for every phrase, longest first so "i don't know" wins over "don't know". */
    Pattern phrases() {
        String alternatives = abbreviations.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    String abbreviationOf(String phrase) {
        return abbreviations.get(phrase.toLowerCase(Locale.ROOT));
    }

    private static NoiseWords load() {
        try (InputStream in = NoiseWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw CurveballException.invalidInput("classpath:" + RESOURCE + ": not found; the curveball-core jar is incomplete");
            }
            return Yaml.read("classpath:" + RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), NoiseWords.class);
        } catch (IOException e) {
            throw CurveballException.invalidInput("classpath:" + RESOURCE + ": cannot read: " + e.getMessage());
        }
    }
}
