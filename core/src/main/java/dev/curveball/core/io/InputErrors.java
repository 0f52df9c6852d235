package dev.curveball.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.curveball.core.category.Vocabulary;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Turns Jackson's exceptions into one-line, located, fix-it messages. */
final class InputErrors {
    private InputErrors() {
    }

    static String describe(String source, IOException e) {
        if (!(e instanceof JsonProcessingException jpe)) {
            return source + ": cannot read: " + e.getMessage();
        }
        return source + location(jpe.getLocation()) + ": " + explain(jpe);
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return ":" + location.getLineNr() + ":" + Math.max(1, location.getColumnNr());
    }

    private static String explain(JsonProcessingException e) {
        String path = e instanceof JsonMappingException jme ? path(jme.getPath()) : "";
        String at = path.isEmpty() ? "" : " at '" + path + "'";
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return Vocabulary.unknown("field", u.getPropertyName(), known) + where(u.getPath());
        }
        if (e instanceof InvalidTypeIdException t) {
            return "unknown kind '" + t.getTypeId() + "'" + at;
        }
        if (e instanceof ValueInstantiationException v) {
            return rootMessage(v) + at;
        }
        if (e instanceof InvalidFormatException f) {
            Throwable cause = f.getCause();
            String why = cause != null && cause.getMessage() != null ? cause.getMessage()
                    : "expected " + typeName(f.getTargetType()) + ", got '" + f.getValue() + "'";
            return "field '" + path + "': " + why;
        }
        if (e instanceof MismatchedInputException m) {
            String message = m.getOriginalMessage();
            if (message.startsWith("Duplicate field")) {
                return message.toLowerCase(Locale.ROOT).replace("duplicate field", "duplicate field");
            }
            return "field '" + path + "': expected " + typeName(m.getTargetType()) + ", " + shortReason(message);
        }
        if (e instanceof JsonMappingException m) {
            return rootMessage(m) + at;
        }
        return "syntax error: " + firstLine(e.getOriginalMessage());
    }

    private static String where(List<JsonMappingException.Reference> path) {
        String parent = path(path.subList(0, Math.max(0, path.size() - 1)));
        return parent.isEmpty() ? "" : " in '" + parent + "'";
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            }
        }
        return out.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : root.getMessage();
        return firstLine(message == null ? root.getClass().getSimpleName() : message);
    }

    private static String shortReason(String message) {
        String first = firstLine(message);
        int cut = first.indexOf(": ");
        String reason = cut > 0 ? first.substring(cut + 2) : first;
        if (reason.contains("from Integer value") || reason.contains("from Floating-point")) {
            return "got a number";
        }
        if (reason.contains("from Boolean")) {
            return "got a boolean";
        }
        if (reason.contains("from Array") || reason.contains("START_ARRAY")) {
            return "got a list";
        }
        if (reason.contains("from Object") || reason.contains("START_OBJECT")) {
            return "got a mapping";
        }
        if (reason.contains("from String")) {
            return "got text";
        }
        if (reason.contains("null")) {
            return "got nothing";
        }
        return reason;
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        return "a " + type.getSimpleName();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
