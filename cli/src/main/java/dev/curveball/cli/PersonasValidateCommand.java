package dev.curveball.cli;

import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.persona.PersonaCheck;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.generator.PersonaFit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code curveball personas validate [PATH...]}: reads every persona file and prints one located
 * line per bad one, then a summary; exit 2 when any is bad. The lines are the command's output, so
 * they go to standard output, where a script or an editor can read them.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check persona files or folders (default: the bundled ones); one line per bad file, exit 2 if any.")
final class PersonasValidateCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Persona files or folders of them (default: the bundled personas).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--world", paramLabel = "DIR", description = "Also report personas whose slots no task of this world fills.")
    Path world;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PersonaCheck check = paths.isEmpty() ? PersonaLibrary.checkBundled() : PersonaLibrary.check(paths);
        World loaded = world == null ? null : WorldLoader.load(world);
        List<String> unfilled = loaded == null ? List.of()
                : check.valid().stream().map(file -> PersonaFit.problem(file, loaded)).flatMap(Optional::stream).toList();
        List<String> problems = new ArrayList<>(check.problems());
        problems.addAll(unfilled);
        int valid = check.valid().size() - unfilled.size();
        PrintWriter out = spec.commandLine().getOut();
        problems.forEach(out::println);
        String against = loaded == null ? "" : " against world " + loaded.name();
        int total = valid + problems.size();
        out.println(problems.isEmpty()
                ? total + " persona file" + (total == 1 ? "" : "s") + " checked" + against + ": all valid."
                : total + " persona file" + (total == 1 ? "" : "s") + " checked" + against + ": " + valid + " valid, "
                        + problems.size() + " with problems.");
        out.flush();
        return problems.isEmpty() ? 0 : ExitCodes.INVALID_INPUT;
    }
}
