package dev.curveball.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.curveball.core.error.CurveballException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads worlds, personas, task seeds and config strictly: an unknown field, a missing required
 * field, a wrong type or a duplicate key is a {@link CurveballException} (exit 2) whose message is
 * one line naming {@code file:line:column} and the field. An alias ({@code *name}) is refused where
 * it stands, since Jackson would read it as the anchor's name; a file is at most
 * {@link InputFiles#MAX_YAML_BYTES} of UTF-8.
 *
 * <pre>{@code Persona p = Yaml.read(Path.of("personas/frustrated.yaml"), Persona.class);
 * // personas/frustrated.yaml:14:3: unknown field 'temprament' (did you mean 'traits'?)}</pre>
 */
public final class Yaml {
    private static final ObjectMapper MAPPER = Json.configure(YAMLMapper.builder(YAMLFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).loaderOptions(loaderOptions()).build()))
            .build();

    private Yaml() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** SnakeYAML's own cap on a document (3 MB by default) raised to the file bound, which is checked first with a clearer message. */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(InputFiles.MAX_YAML_BYTES);
        return options;
    }

    public static <T> T read(Path file, Class<T> type) {
        return read(file.toString(), text(file), type);
    }

    /** Reads {@code file} once it satisfies {@code schema}; a schema violation is reported like any other error. */
    public static <T> T read(Path file, Class<T> type, FileSchema schema) {
        return read(file.toString(), text(file), type, schema);
    }

    /** Reads {@code text} (named {@code source} in errors) once it satisfies {@code schema}. */
    public static <T> T read(String source, String text, Class<T> type, FileSchema schema) {
        JsonNode tree = check(source, text, schema);
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (IOException | IllegalArgumentException e) {
            // A tree has no line numbers: read the text again for the located message.
            return read(source, text, type);
        }
    }

    /**
     * Checks {@code text} against {@code schema} without reading it into a record:
     * {@code personas/odd.yaml:7:11: field 'patience' must be positive, was 0}. Returns the parsed text.
     */
    public static JsonNode check(String source, String text, FileSchema schema) {
        YamlAliases.reject(source, text, MAPPER);
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (IOException e) {
            throw CurveballException.invalidInput(InputErrors.describe(source, text, MAPPER, e), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw CurveballException.invalidInput(source + ":1:1: the file is empty");
        }
        Optional<InputErrors.Problem> problem = SchemaErrors.first(schema, tree, text, MAPPER);
        if (problem.isPresent()) {
            throw CurveballException.invalidInput(problem.get().format(source));
        }
        return tree;
    }

    private static String text(Path file) {
        return InputFiles.text(file, InputFiles.MAX_YAML_BYTES);
    }

    /** Reads {@code text}, naming it {@code source} in errors (a path, or a classpath resource). */
    public static <T> T read(String source, String text, Class<T> type) {
        YamlAliases.reject(source, text, MAPPER);
        T value;
        try (JsonParser parser = MAPPER.createParser(text)) {
            value = parser.nextToken() == null ? null : MAPPER.readValue(parser, type);
        } catch (IOException e) {
            throw CurveballException.invalidInput(InputErrors.describe(source, text, MAPPER, e), e);
        }
        if (value == null) {
            throw CurveballException.invalidInput(source + ":1:1: the file is empty");
        }
        return value;
    }

    /**
     * Where the field at {@code path} (such as {@code tools[2].behaviour.table}) is in a YAML text:
     * {@code source:line:column}, or just {@code source} when the text has no such field. For the
     * errors found after reading, such as a reference to a table another file lacks.
     */
    public static String where(String source, String text, String path) {
        return SourceLocator.find(MAPPER, text, SourceLocator.steps(path))
                .map(found -> InputErrors.Problem.at(found.keyOrValue(), "").format(source))
                .map(located -> located.substring(0, located.length() - 2))
                .orElse(source);
    }
}
