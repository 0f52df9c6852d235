package dev.curveball.judge.check;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.io.Json;
import dev.curveball.core.scenario.Expectation;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the parameters a scenario gives a check ({@code with} of an {@link Expectation.Custom})
 * into the check's own record, as strictly as every file is read: an unknown parameter, a missing
 * or mistyped one is an {@link IllegalArgumentException} whose one-line message names it, in the
 * words of the files, never a Java type.
 *
 * <pre>{@code CheckParameters.read(new Expectation.Custom("reply-length", with), Limit.class)
 * // with {max_word: 80}: "unknown parameter 'max_word' (did you mean 'max_words'?)"}</pre>
 */
public final class CheckParameters {
    private static final Map<Class<?>, String> KINDS = Map.of(Integer.class, "an integer", int.class, "an integer", Long.class,
            "an integer", long.class, "an integer", BigDecimal.class, "a number", Double.class, "a number", double.class, "a number",
            String.class, "text", Boolean.class, "true or false", boolean.class, "true or false");

    private CheckParameters() {
    }

    public static <P> P read(Expectation.Custom expectation, Class<P> type) {
        // Jackson builds a record before it reports unknown fields, so a misspelt one would first show as missing.
        if (type.isRecord()) {
            List<String> known = Arrays.stream(type.getRecordComponents())
                    .map(c -> new PropertyNamingStrategies.SnakeCaseStrategy().translate(c.getName())).sorted().toList();
            expectation.with().fieldNames().forEachRemaining(name -> {
                if (!known.contains(name)) {
                    throw new IllegalArgumentException(unknown(name, known));
                }
            });
        }
        try {
            return Json.mapper().treeToValue(expectation.with(), type);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(describe(e));
        }
    }

    private static String describe(Exception e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return unknown(u.getPropertyName(), u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IllegalArgumentException && root != e) {
            return root.getMessage().lines().findFirst().orElse("");
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return "parameter '" + path(m) + "' must be " + KINDS.getOrDefault(m.getTargetType(), "a mapping");
        }
        return e instanceof JsonMappingException m ? m.getOriginalMessage().lines().findFirst().orElse("") : String.valueOf(e.getMessage());
    }

    private static String unknown(String name, List<String> known) {
        return "unknown parameter '" + name + "'" + Vocabulary.nearest(name, known).map(n -> " (did you mean '" + n + "'?)")
                .orElse(known.isEmpty() ? "; it takes none" : "; known: " + String.join(", ", known));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
