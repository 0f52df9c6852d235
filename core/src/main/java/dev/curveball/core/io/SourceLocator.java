package dev.curveball.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the value at a field path ({@code tools[2].behaviour.kind}) starts in a YAML or JSON
 * text, by walking the tokens again. Only used once something went wrong, so a second pass is cheap.
 */
final class SourceLocator {
    private static final Pattern STEP = Pattern.compile("\\[(\\d+)]|([^.\\[\\]]+)");

    /** The key naming a value (null for list elements and the root), the value's start, its token and text. */
    record Found(JsonLocation key, JsonLocation value, JsonToken token, String text) {
        JsonLocation keyOrValue() {
            return key != null ? key : value;
        }
    }

    private SourceLocator() {
    }

    /** Steps of a path: field names as strings, list indexes as integers. */
    static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        while (m.find()) {
            steps.add(m.group(1) != null ? (Object) Integer.valueOf(m.group(1)) : m.group(2));
        }
        return steps;
    }

    static List<Object> steps(List<JsonMappingException.Reference> references) {
        List<Object> steps = new ArrayList<>();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getIndex() >= 0) {
                steps.add(ref.getIndex());
            } else if (ref.getFieldName() != null) {
                steps.add(ref.getFieldName());
            }
        }
        return steps;
    }

    static Optional<Found> find(ObjectMapper mapper, String text, List<Object> steps) {
        try (JsonParser p = mapper.createParser(text)) {
            JsonToken token = p.nextToken();
            JsonLocation key = null;
            for (Object step : steps) {
                key = null;
                if (step instanceof String name && token == JsonToken.START_OBJECT) {
                    key = field(p, name);
                } else if (!(step instanceof Integer index && token == JsonToken.START_ARRAY && element(p, index))) {
                    return Optional.empty();
                }
                if (step instanceof String && key == null) {
                    return Optional.empty();
                }
                token = p.currentToken();
            }
            String value = token != null && token.isScalarValue() ? p.getText() : null;
            return Optional.of(new Found(key, p.currentTokenLocation(), token, value));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The keys of the mapping at {@code steps}, each with its location, in file order (empty when there is none). */
    static Map<String, JsonLocation> keys(ObjectMapper mapper, String text, List<Object> steps) {
        Map<String, JsonLocation> keys = new LinkedHashMap<>();
        Optional<Found> found = find(mapper, text, steps);
        if (found.isEmpty() || found.get().token() != JsonToken.START_OBJECT) {
            return keys;
        }
        try (JsonParser p = mapper.createParser(text)) {
            p.nextToken();
            for (Object step : steps) {
                if (step instanceof String name) {
                    field(p, name);
                } else {
                    element(p, (Integer) step);
                }
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                keys.put(p.currentName(), p.currentTokenLocation());
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            return keys;
        }
        return keys;
    }

    /** Moves onto the value of field {@code name} of the current object; its key's location, or null. */
    private static JsonLocation field(JsonParser p, String name) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation at = p.currentTokenLocation();
            String current = p.currentName();
            p.nextToken();
            if (name.equals(current)) {
                return at;
            }
            p.skipChildren();
        }
        return null;
    }

    /** Moves onto element {@code index} of the current list; false when the list is shorter. */
    private static boolean element(JsonParser p, int index) throws IOException {
        for (int i = 0; ; i++) {
            JsonToken token = p.nextToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                return false;
            }
            if (i == index) {
                return true;
            }
            p.skipChildren();
        }
    }
}
