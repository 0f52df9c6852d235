package dev.curveball.core.world;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.FileSchema;
import dev.curveball.core.io.InputFiles;
import dev.curveball.core.io.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a world from a directory ({@code world.yaml}, and optionally {@code data.yaml},
 * {@code documents.yaml}, {@code tasks.yaml}) or from the same files bundled on the classpath, and
 * checks the references between them (a tool's table, a fault's tool, a task's user...).
 *
 * <pre>{@code World acme = WorldLoader.load(Path.of("examples/acme-support"));
 * World bundled = WorldLoader.loadResource("worlds/acme-support");}</pre>
 */
public final class WorldLoader {
    private WorldLoader() {
    }

    public static World load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw CurveballException.invalidInput(dir + ": not a world directory (expected a folder holding world.yaml)");
        }
        if (!Files.isRegularFile(dir.resolve("world.yaml"))) {
            throw CurveballException.invalidInput(dir.resolve("world.yaml") + ": file not found; a world directory holds world.yaml"
                    + " (and optionally data.yaml, documents.yaml, tasks.yaml)");
        }
        return load(name -> {
            Path file = dir.resolve(name);
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Optional.of(new Source(file.toString(), InputFiles.text(file, InputFiles.MAX_YAML_BYTES)));
        });
    }

    /** Loads a world bundled in the jar under {@code prefix} (for example {@code worlds/acme-support}). */
    public static World loadResource(String prefix) {
        return load(name -> {
            String resource = prefix + "/" + name;
            try (InputStream in = WorldLoader.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return Optional.empty();
                }
                return Optional.of(new Source("classpath:" + resource, InputFiles.text("classpath:" + resource, in, InputFiles.MAX_YAML_BYTES)));
            } catch (IOException e) {
                throw CurveballException.invalidInput("classpath:" + resource + ": cannot read: " + e.getMessage());
            }
        });
    }

    private record Source(String name, String text) {
        /** {@code name:line:column} of the field at {@code path}. */
        String at(String path) {
            return Yaml.where(name, text, path);
        }
    }

    private interface FileSource {
        Optional<Source> open(String name);
    }

    private static World load(FileSource files) {
        Source worldSource = files.open("world.yaml").orElseThrow(() ->
                CurveballException.invalidInput("world.yaml: file not found in the world directory"));
        WorldFiles.WorldFile world = read(worldSource, WorldFiles.WorldFile.class, "world");
        Map<String, Table> tables = files.open("data.yaml").map(WorldLoader::tables).orElse(Map.of());
        List<Document> documents = files.open("documents.yaml")
                .map(s -> read(s, WorldFiles.DocumentsFile.class, "world-documents").documents()).orElse(List.of());
        Optional<Source> tasksSource = files.open("tasks.yaml");
        WorldFiles.TasksFile tasks = tasksSource.map(s -> read(s, WorldFiles.TasksFile.class, "world-tasks"))
                .orElse(new WorldFiles.TasksFile(List.of(), List.of(), List.of()));
        World assembled;
        try {
            assembled = new World(world.name(), world.description(), world.today(), world.subject(), world.settings(),
                    world.tools(), tables, documents, world.restricted(), tasks.faultProfiles(), tasks.tasks(),
                    world.synonyms(), world.policies(), tasks.rubric());
        } catch (IllegalArgumentException e) {
            throw CurveballException.invalidInput(worldSource.at("") + ": " + e.getMessage());
        }
        Source tasksFile = tasksSource.orElse(new Source("tasks.yaml", ""));
        WorldValidator.validate(assembled, worldSource::at, tasksFile::at);
        return assembled;
    }

    /** The tables of {@code data.yaml}, each row with its own key (checked here, where the rows are, before a task refers to one). */
    private static Map<String, Table> tables(Source data) {
        Map<String, Table> tables = read(data, WorldFiles.DataFile.class, "world-data").tables();
        TableKeys.check(tables, data::at);
        return tables;
    }

    /** Each file is checked against its shipped schema ({@code schemas/<schema>.schema.json}) before it is read. */
    private static <T> T read(Source source, Class<T> type, String schema) {
        return Yaml.read(source.name(), source.text(), type, FileSchema.named(schema));
    }
}
