package dev.curveball.core.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.curveball.core.io.SourceLocator.Found;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** How error messages name what a field expects and what it got, in the words of the files, not of Java. */
final class ValueNames {
    private ValueNames() {
    }

    /** What was found: a quoted text, a number as written, {@code a list}, {@code a mapping} or {@code nothing}. */
    static String given(Found found) {
        JsonToken token = found.token();
        if (token == JsonToken.START_ARRAY) {
            return "a list";
        }
        if (token == JsonToken.START_OBJECT) {
            return "a mapping";
        }
        if (token == JsonToken.VALUE_NULL) {
            return "nothing";
        }
        return token == JsonToken.VALUE_STRING ? "'" + found.text() + "'" : found.text();
    }

    /** The values an enum accepts, as written in the files. */
    static List<String> enumIds(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> Json.mapper().convertValue(c, String.class)).toList();
    }

    /** What a field of {@code type} expects, such as {@code an integer} or {@code a date (YYYY-MM-DD)}. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        Map<Class<?>, String> names = Map.of(String.class, "text", Integer.class, "an integer", int.class, "an integer",
                Long.class, "an integer", long.class, "an integer", Double.class, "a number", double.class, "a number",
                BigDecimal.class, "a number", Boolean.class, "true or false", boolean.class, "true or false");
        if (names.containsKey(type)) {
            return names.get(type);
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Instant.class) {
            return "a timestamp (like 2026-11-26T10:00:00Z)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray() || type == ArrayNode.class) {
            return "a list";
        }
        return JsonNode.class.isAssignableFrom(type) && type != JsonNode.class || Map.class.isAssignableFrom(type)
                || type.isRecord() || type.isInterface() ? "a mapping" : "a different value";
    }
}
