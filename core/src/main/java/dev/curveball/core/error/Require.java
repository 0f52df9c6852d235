package dev.curveball.core.error;

import java.util.Collection;

/**
 * Validation for record constructors. The messages name the field as it is spelled in the files,
 * so that a YAML reader can point at the file, line and column.
 */
public final class Require {
    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
        return value;
    }

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
        return value;
    }

    public static <C extends Collection<?>> C nonEmpty(C value, String field) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("field '" + field + "' must list at least one entry");
        }
        return value;
    }

    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException("field '" + field + "' must be positive, was " + value);
        }
        return value;
    }

    public static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
