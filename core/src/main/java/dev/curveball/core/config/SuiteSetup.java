package dev.curveball.core.config;

import dev.curveball.core.io.FileSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code curveball init} writes: a scaffolded suite, and around it what makes the suite easy
 * to edit and to keep in git. The shipped JSON Schemas go into {@code schemas/}, each YAML file
 * gets a first line naming its schema (the YAML language server's modeline), VS Code settings map
 * the same schemas, and a {@code .gitignore} keeps the run directories out of version control.
 * The schemas are suite files like the others (refused when present, unless overwriting); a
 * {@code .gitignore} or VS Code settings the user already has is extended, never replaced.
 *
 * <pre>{@code SuiteSetup.Result r = SuiteSetup.write(SuiteScaffold.bundled(), Path.of("my-suite"), false);
 * r.suiteFiles();  // my-suite/curveball.yaml (first line: # yaml-language-server: $schema=schemas/suite-config.schema.json), ...
 * r.changes();     // [my-suite/.gitignore: written: ignores runs/, my-suite/.vscode/settings.json: written: ...]}</pre>
 */
public final class SuiteSetup {
    /** The folder of the suite the schemas are written into. */
    public static final String SCHEMA_FOLDER = "schemas";
    /** Where {@code curveball run} puts run directories when the config names no {@code out}. */
    static final String DEFAULT_RUNS = "runs";

    /** A file outside the scaffold that init wrote or extended, and what it did to it. */
    public record Change(Path file, String what) {
    }

    /** The scaffold's files (each YAML one with its modeline), the schema files, and the other changes. */
    public record Result(List<Path> suiteFiles, Path schemaFolder, List<Path> schemaFiles, List<Change> changes) {
        public Result {
            suiteFiles = List.copyOf(suiteFiles);
            schemaFiles = List.copyOf(schemaFiles);
            changes = List.copyOf(changes);
        }
    }

    private SuiteSetup() {
    }

    /**
     * Writes {@code scaffold} into {@code dir} with its schemas, modelines, editor settings and
     * {@code .gitignore}. Without {@code overwrite}, a suite or schema file already there stops it
     * before anything is written.
     */
    public static Result write(SuiteScaffold scaffold, Path dir, boolean overwrite) {
        Path schemaFolder = dir.resolve(SCHEMA_FOLDER);
        if (!overwrite) {
            FileSchema.names().stream().map(name -> schemaFolder.resolve(FileSchema.named(name).fileName()))
                    .filter(Files::exists).findFirst().ifPresent(file -> {
                        throw SuiteScaffold.alreadyExists(file);
                    });
        }
        List<Path> suiteFiles = scaffold.writeTo(dir, overwrite, SuiteSchemas::withModeline);
        List<Path> schemaFiles = FileSchema.writeAll(schemaFolder);
        Change gitIgnore = GitIgnore.ensure(dir, runsFolder(dir) + "/");
        Change settings = VsCodeSettings.ensure(dir, SuiteSchemas.patterns(scaffold.paths()));
        return new Result(suiteFiles, schemaFolder, schemaFiles, List.of(gitIgnore, settings));
    }

    /** The folder the suite's runs go to: its config's {@code out}, as {@code curveball run} reads it. */
    private static String runsFolder(Path dir) {
        Path config = dir.resolve(SuiteConfigFile.FILE_NAME);
        Optional<String> out = Files.isRegularFile(config)
                ? Optional.ofNullable(SuiteConfigFile.read(config).values().out()) : Optional.empty();
        return out.map(o -> o.replace('\\', '/').replaceAll("^\\./", "").replaceAll("/+$", "")).orElse(DEFAULT_RUNS);
    }
}
