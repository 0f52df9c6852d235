package dev.curveball.core.config;

import dev.curveball.core.io.FileSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which shipped schema a suite's YAML file is checked against, by its place in the suite's layout
 * (the one {@code curveball init} writes): {@code curveball.yaml} at the top, a world's four files
 * by their names, persona templates in a {@code personas} folder.
 *
 * <pre>{@code SuiteSchemas.schemaOf("world/tasks.yaml")   // Optional[world-tasks]
 * SuiteSchemas.withModeline("world/tasks.yaml", text)  // "# yaml-language-server: $schema=../schemas/world-tasks.schema.json\n" + text}</pre>
 */
final class SuiteSchemas {
    static final String MODELINE = "# yaml-language-server: $schema=";
    private static final Map<String, String> WORLD_FILES = Map.of(
            "world.yaml", "world", "data.yaml", "world-data", "documents.yaml", "world-documents", "tasks.yaml", "world-tasks");

    private SuiteSchemas() {
    }

    /** The schema of the suite file at {@code path} (relative, {@code /}-separated), or empty for a file no schema covers. */
    static Optional<String> schemaOf(String path) {
        if (!path.endsWith(".yaml")) {
            return Optional.empty();
        }
        List<String> steps = List.of(path.split("/"));
        String name = steps.get(steps.size() - 1);
        if (steps.size() == 1 && name.equals(SuiteConfigFile.FILE_NAME)) {
            return Optional.of(SuiteConfigFile.SCHEMA);
        }
        if (steps.size() >= 2 && steps.get(steps.size() - 2).equals("personas")) {
            return Optional.of("persona");
        }
        return Optional.ofNullable(steps.size() >= 2 ? WORLD_FILES.get(name) : null);
    }

    /** {@code text} with a first line pointing editors at its schema (relative to the file), unless it has one already. */
    static String withModeline(String path, String text) {
        Optional<String> schema = schemaOf(path);
        if (schema.isEmpty() || text.startsWith(MODELINE)) {
            return text;
        }
        String up = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        return MODELINE + up + schemaPath(schema.get()) + "\n" + text;
    }

    /** For VS Code's {@code yaml.schemas}: each schema's path in the suite and the file patterns it covers, in the suite's order. */
    static Map<String, List<String>> patterns(List<String> paths) {
        Map<String, List<String>> patterns = new LinkedHashMap<>();
        for (String path : paths) {
            schemaOf(path).ifPresent(schema -> {
                String pattern = schema.equals("persona") ? path.substring(0, path.lastIndexOf('/') + 1) + "*.yaml" : path;
                List<String> list = patterns.computeIfAbsent(schemaPath(schema), k -> new ArrayList<>());
                if (!list.contains(pattern)) {
                    list.add(pattern);
                }
            });
        }
        return patterns;
    }

    private static String schemaPath(String schema) {
        return SuiteSetup.SCHEMA_FOLDER + "/" + FileSchema.named(schema).fileName();
    }
}
