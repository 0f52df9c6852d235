package dev.curveball.core.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Response schemas kept as {@code .schema.json} resources beside the prompts that ask for them.
 *
 * <pre>{@code ResponseSchema turn = ResponseSchemas.resource("user_turn", "curveball/prompts/user-turn.schema.json");}</pre>
 */
public final class ResponseSchemas {
    private ResponseSchemas() {
    }

    /** Reads a classpath resource; a missing or broken one is a packaging bug. */
    public static ResponseSchema resource(String name, String path) {
        try (InputStream in = ResponseSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("schema resource " + path + " is missing from the classpath");
            }
            return new ResponseSchema(name, Json.mapper().readValue(in, ObjectNode.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema resource " + path, e);
        }
    }
}
