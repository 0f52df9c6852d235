package dev.curveball.cli;

import dev.curveball.core.config.SuiteConfigFile;
import dev.curveball.core.config.SuiteScaffold;
import dev.curveball.core.config.SuiteSetup;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code curveball init [DIR]}: writes a starter suite (curveball.yaml, a small bookstore world with
 * one tool of each kind, two personas, a README) that generates and runs as it stands, against the
 * {@code starter} placeholder agent, with its JSON Schemas, a schema modeline on each YAML file, VS
 * Code settings and a {@code .gitignore} for the runs. Writes over no file unless {@code --force};
 * an existing {@code .gitignore} or VS Code settings file is extended, never replaced.
 */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Scaffold a new suite: curveball.yaml, a world with one tool of each kind, two personas, a README, "
                + "the JSON Schemas with editor settings, and a .gitignore for the runs folder.")
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Where to write the suite (default: the current directory).")
    Path dir;

    @Option(names = "--force", description = "Overwrite the suite's files where they already exist.")
    boolean force;

    @CommandLine.ParentCommand
    CurveballCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path target = dir != null ? dir : root.workingDirectory();
        SuiteSetup.Result written = SuiteSetup.write(SuiteScaffold.bundled(), target, force);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Created a Curveball suite in %s:%n", target.toString().isEmpty() ? "the current directory" : target);
        written.suiteFiles().forEach(file -> out.println("  " + file));
        out.println("  " + written.schemaFolder() + "/ (" + written.schemaFiles().size()
                + " JSON Schemas; the first line of each YAML file above names its own, for editor completion and checks)");
        written.changes().forEach(change -> out.println("  " + change.file() + ": " + change.what()));
        out.println();
        out.println("Next:");
        if (dir != null && !dir.toAbsolutePath().normalize().equals(root.workingDirectory().toAbsolutePath().normalize())) {
            out.println("  cd " + dir);
        }
        out.println("  curveball generate     # writes scenarios.jsonl from the world and personas (" + SuiteConfigFile.FILE_NAME + " sets the options)");
        out.println("  curveball run          # plays them against the starter agent, judges them, writes runs/run-<time>/");
        out.println("Then point 'agent' in " + SuiteConfigFile.FILE_NAME + " at your own agent's URL, and make the world yours (see README.md).");
        out.flush();
        return 0;
    }
}
