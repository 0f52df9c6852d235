package dev.curveball.runner.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.io.Json;
import java.io.UncheckedIOException;

/** JSON literals in tests, written with single quotes for readability: {@code TestJson.parse("{'order_id':'A-5001'}")}. */
public final class TestJson {
    private TestJson() {
    }

    public static JsonNode parse(String singleQuoted) {
        return read(text(singleQuoted));
    }

    /** Plain JSON as received (double quotes), such as a recorded request body. */
    public static JsonNode read(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code singleQuoted} as a JSON string with double quotes, for an HTTP body. */
    public static String text(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
