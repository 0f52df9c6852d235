package dev.curveball.core.reading;

import dev.curveball.core.io.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The general English the offline reader works from, as listed in
 * {@code curveball/reading/english.yaml}: grammar words (negation, condition, modality), the
 * common words of a service conversation, and synonyms of the words worlds name things with. Read
 * once, strictly; the compiled form is {@link Lexicon}.
 */
record English(
        Map<String, String> contractions,
        List<String> notNegations,
        List<String> negations,
        List<String> conditions,
        List<String> embedding,
        List<String> questionOpeners,
        List<String> questionWords,
        List<String> agentSubjects,
        List<String> commonWords,
        List<String> future,
        List<String> ability,
        List<String> inability,
        List<String> systemTrouble,
        List<String> refusalReasons,
        List<String> failure,
        List<String> pending,
        List<String> completion,
        List<String> requestVerbs,
        List<String> attempt,
        List<String> remedies,
        List<String> remedyDone,
        List<String> possibility,
        List<String> pastForms,
        List<String> arrival,
        List<String> people,
        List<String> handOver,
        List<String> contact,
        List<String> offerQuestions,
        List<String> offerStatements,
        List<String> requestOpeners,
        List<String> pleasantries,
        List<String> openQuestions,
        List<String> requestQuestions,
        List<String> whichWords,
        List<String> recordNouns,
        List<String> idWords,
        List<String> hedges,
        List<String> weakHedges,
        Map<String, List<String>> synonyms,
        Map<String, List<String>> opposites,
        List<String> retrieval) {

    private static final String RESOURCE = "curveball/reading/english.yaml";
    private static final English BUNDLED = load();

    English {
        contractions = new LinkedHashMap<>(contractions);
        synonyms = Map.copyOf(synonyms);
        opposites = Map.copyOf(opposites);
    }

    static English bundled() {
        return BUNDLED;
    }

    static Map<String, String> contractionsOfBundled() {
        return BUNDLED.contractions;
    }

    List<String> synonymsOf(String word) {
        return synonyms.getOrDefault(word, List.of());
    }

    private static English load() {
        try (InputStream in = English.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + RESOURCE + " is missing from the core jar");
            }
            return Yaml.read(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), English.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + RESOURCE, e);
        }
    }
}
