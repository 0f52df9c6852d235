package dev.curveball.core.config;

import dev.curveball.core.io.InputFiles;
import dev.curveball.core.io.FileSchema;
import dev.curveball.core.io.Yaml;
import java.nio.file.Path;

/**
 * A {@link SuiteConfig} with the file it came from, so its relative paths resolve against the
 * file's folder and later errors about a value can point at the line that set it.
 *
 * <pre>{@code SuiteConfigFile config = SuiteConfigFile.read(Path.of("suite/curveball.yaml"));
 * config.resolve(config.values().world())  // suite/world
 * config.where("scenarios")                // suite/curveball.yaml:9:1}</pre>
 */
public record SuiteConfigFile(Path file, String text, SuiteConfig values) {
    /** The name a suite's config file has; {@code curveball} looks for it in the working directory. */
    public static final String FILE_NAME = "curveball.yaml";
    /** The shipped JSON Schema the file is checked against before it is read ({@code suite-config.schema.json}). */
    public static final String SCHEMA = "suite-config";

    public static SuiteConfigFile read(Path file) {
        String text = InputFiles.text(file, InputFiles.MAX_YAML_BYTES);
        return new SuiteConfigFile(file, text, Yaml.read(file.toString(), text, SuiteConfig.class, FileSchema.named(SCHEMA)));
    }

    /** The folder relative paths in this file are relative to. */
    public Path folder() {
        Path parent = file.getParent();
        return parent == null ? Path.of("") : parent;
    }

    /** {@code path} as written in the file, resolved against the file's folder ({@code null} stays null). */
    public Path resolve(String path) {
        return path == null ? null : folder().resolve(path).normalize();
    }

    /** {@code file:line:column} of a top-level field, for errors about its value. */
    public String where(String field) {
        return Yaml.where(file.toString(), text, field);
    }
}
