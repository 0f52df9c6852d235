package dev.curveball.cli;

import dev.curveball.core.io.FileSchema;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code curveball schemas --out DIR}: write the JSON Schemas the loaders check files against, for editors. */
@Command(name = "schemas", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write the JSON Schemas of persona, world, scenario, curveball.yaml, agent and human label files into a folder, for editor completion and checks.")
final class SchemasCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the schemas into (created when missing).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> written = FileSchema.writeAll(out);
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf("Wrote %d JSON Schemas to %s%n", written.size(), out);
        for (String name : FileSchema.names()) {
            FileSchema schema = FileSchema.named(name);
            printer.printf("  %-30s %s%n", schema.fileName(), schema.title());
        }
        printer.println("Point an editor at one with a first line such as (a path relative to the YAML file works too):");
        printer.println("  # yaml-language-server: $schema=" + out.toAbsolutePath().normalize().resolve(FileSchema.named("persona").fileName()));
        printer.println("VS Code and IntelliJ settings: docs/formats.md, \"Editor support\".");
        printer.flush();
        return 0;
    }
}
