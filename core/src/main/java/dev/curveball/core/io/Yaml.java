package dev.curveball.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.curveball.core.error.CurveballException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads worlds, personas, task seeds and config strictly: an unknown field, a missing required
 * field, a wrong type or a duplicate key is a {@link CurveballException} (exit 2) whose message is
 * one line naming {@code file:line:column} and the field.
 *
 * <pre>{@code Persona p = Yaml.read(Path.of("personas/frustrated.yaml"), Persona.class);
 * // personas/frustrated.yaml:14:3: unknown field 'temprament' (did you mean 'traits'?)}</pre>
 */
public final class Yaml {
    private static final ObjectMapper MAPPER = Json.configure(YAMLMapper.builder(
                    YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()))
            .build();

    private Yaml() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static <T> T read(Path file, Class<T> type) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CurveballException.invalidInput(file + ": file not found");
        } catch (IOException e) {
            throw CurveballException.invalidInput(file + ": cannot read: " + e.getMessage());
        }
        return read(file.toString(), text, type);
    }

    /** Reads {@code text}, naming it {@code source} in errors (a path, or a classpath resource). */
    public static <T> T read(String source, String text, Class<T> type) {
        if (text.isBlank()) {
            throw CurveballException.invalidInput(source + ":1:1: the file is empty");
        }
        try (JsonParser parser = MAPPER.createParser(text)) {
            T value = MAPPER.readValue(parser, type);
            if (value == null) {
                throw CurveballException.invalidInput(source + ":1:1: the file holds no document");
            }
            return value;
        } catch (IOException e) {
            throw CurveballException.invalidInput(InputErrors.describe(source, e), e);
        }
    }
}
