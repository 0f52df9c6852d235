package dev.curveball.cli;

import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.error.CurveballException;
import dev.curveball.core.persona.PersonaFile;
import dev.curveball.core.world.TaskSeed;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.generator.PersonaFit;
import dev.curveball.generator.PersonaSample;
import dev.curveball.generator.PersonaSampler;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code curveball personas show ID}: a persona's profile and every line it can say, rendered for a task of a world. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show a persona: voice, tactics, noise, tags, and its lines rendered for a task it fits, noise applied.")
final class PersonasShowCommand implements Callable<Integer> {
    static final String BUNDLED_WORLD = "worlds/acme-support";

    @Parameters(index = "0", paramLabel = "ID", description = "The persona's id (see: curveball personas list).")
    String id;

    @Option(names = "--personas", paramLabel = "DIR", description = "A folder of persona files instead of the bundled ones.")
    Path personas;

    @Option(names = "--world", paramLabel = "DIR", description = "The world whose tasks fill the lines (default: the bundled acme-support).")
    Path world;

    @Option(names = "--task", paramLabel = "ID", description = "The task to fill the lines from (default: one the persona fits, chosen by the seed).")
    String task;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed for the task choice and the noise (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PersonaFile file = Options.personas(personas).file(id);
        World loaded = world == null ? WorldLoader.loadResource(BUNDLED_WORLD) : WorldLoader.load(world);
        PersonaSample sample = task == null
                ? PersonaSampler.sample(file.persona(), loaded, seed)
                : PersonaSampler.sample(file.persona(), loaded, task(loaded), seed);
        List<String> fits = PersonaFit.tasksFor(file.persona(), loaded).stream().map(TaskSeed::id).toList();
        new PersonaSheetPrinter(spec.commandLine().getOut()).print(file, sample, fits, loaded.tasks().size());
        return 0;
    }

    private TaskSeed task(World loaded) {
        return loaded.tasks().stream().filter(t -> t.id().equals(task)).findFirst()
                .orElseThrow(() -> CurveballException.invalidInput("--task: world '" + loaded.name() + "': "
                        + Vocabulary.unknown("task", task, loaded.tasks().stream().map(TaskSeed::id).toList())));
    }
}
