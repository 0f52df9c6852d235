package dev.curveball.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.FileErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A JSON Schema (draft 2020-12) shipped in this jar under {@code schemas/<name>.schema.json}, one
 * per kind of input file: {@code persona}, {@code world}, {@code world-data},
 * {@code world-documents}, {@code world-tasks}, {@code scenario}, {@code suite-config}, {@code human-labels}. The same files give editors
 * completion and check files on load; each is compiled once and shared between threads.
 *
 * <pre>{@code Persona p = Yaml.read(source, text, Persona.class, FileSchema.named("persona"));
 * // personas/odd.yaml:7:11: field 'patience' must be positive, was 0}</pre>
 */
public final class FileSchema {
    private static final String FOLDER = "schemas/";
    /** The shipped schemas, one name a line: a jar cannot list a classpath folder reliably. */
    private static final String INDEX = FOLDER + "index.txt";
    /** Formats are annotations only in 2020-12 unless asserted; {@code today: 2026-13-01} must fail. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final ConcurrentMap<String, FileSchema> COMPILED = new ConcurrentHashMap<>();

    private final String name;
    private final String text;
    private final JsonNode document;
    private final Schema schema;

    private FileSchema(String name, String text, JsonNode document, Schema schema) {
        this.name = name;
        this.text = text;
        this.document = document;
        this.schema = schema;
    }

    /** The shipped schema {@code name}, compiled on first use. */
    public static FileSchema named(String name) {
        return COMPILED.computeIfAbsent(name, FileSchema::compile);
    }

    /** The names of every shipped schema, in index order. */
    public static List<String> names() {
        return resource(INDEX).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    public String name() {
        return name;
    }

    /** {@code <name>.schema.json}, the file name editors and {@code curveball schemas} use. */
    public String fileName() {
        return name + ".schema.json";
    }

    /** The schema's {@code $id}. */
    public String id() {
        return document.path("$id").asText();
    }

    /** The schema exactly as shipped. */
    public String text() {
        return text;
    }

    /** The schema's {@code title}, such as {@code Curveball world tasks (tasks.yaml)}. */
    public String title() {
        return document.path("title").asText();
    }

    /**
     * Writes every shipped schema into {@code dir} (created when missing) as {@code <name>.schema.json},
     * for editors to read; returns the files written, in index order.
     */
    public static List<Path> writeAll(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw CurveballException.invalidInput(dir + ": not a directory (expected a folder to write the schemas into)");
        }
        List<Path> written = new ArrayList<>();
        for (String name : names()) {
            FileSchema schema = named(name);
            Path file = dir.resolve(schema.fileName());
            try {
                Files.createDirectories(dir);
                Files.writeString(file, schema.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw CurveballException.invalidInput(file + ": cannot write: " + FileErrors.reason(e), e);
            }
            written.add(file);
        }
        return List.copyOf(written);
    }

    List<Error> validate(JsonNode instance) {
        return schema.validate(instance);
    }

    /** The part of this schema at {@code location} (a missing node when it is not in this file). */
    JsonNode at(SchemaLocation location) {
        return at(location.getFragment(), location.getFragment().getNameCount());
    }

    /** The part of this schema at the first {@code count} steps of {@code fragment}. */
    JsonNode at(NodePath fragment, int count) {
        JsonNode node = document;
        for (int i = 0; i < count && !node.isMissingNode(); i++) {
            Object step = fragment.getElement(i);
            node = step instanceof Integer index ? node.path(index) : node.isArray() ? node.path(Integer.parseInt(step.toString())) : node.path(step.toString());
        }
        return node;
    }

    /** {@code node}, or the local definition it refers to ({@code "$ref": "#/$defs/tactic"}). */
    JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = document.at(ref.substring(1));
        return target.isMissingNode() ? MissingNode.getInstance() : target;
    }

    private static FileSchema compile(String name) {
        if (!names().contains(name)) {
            throw new IllegalArgumentException(Vocabulary.unknown("schema", name, names()));
        }
        String text = resource(FOLDER + name + ".schema.json");
        try {
            JsonNode document = Json.mapper().readTree(text);
            Schema schema = REGISTRY.getSchema(document);
            // Resolves every $ref now, so validating threads never race to do it lazily.
            schema.initializeValidators();
            return new FileSchema(name, text, document, schema);
        } catch (IOException e) {
            throw new UncheckedIOException("classpath:" + FOLDER + name + ".schema.json is not JSON", e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = FileSchema.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("classpath:" + path + " is missing from the curveball-core jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("classpath:" + path + ": cannot read", e);
        }
    }
}
