package dev.curveball.cli;

import dev.curveball.core.category.Category;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.core.model.MeteredModelClient;
import dev.curveball.generator.ModelOpeningWriter;
import dev.curveball.generator.OpeningWriter;
import dev.curveball.generator.ScenarioGenerator;
import dev.curveball.generator.TemplateOpeningWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code curveball generate}: write scenarios for a world, the same file for the same seed on any machine. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Generate scenarios (persona x task x fault) for a world into a scenarios.jsonl file.",
        sortOptions = false)
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--world", required = true, paramLabel = "DIR", description = "The world directory (holding world.yaml).")
    Path world;

    @Option(names = "--count", paramLabel = "N", defaultValue = "20", description = "How many scenarios (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--personas", paramLabel = "DIR", description = "Persona templates to use instead of the bundled ones.")
    Path personas;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the scenarios (JSON Lines).")
    Path out;

    @Mixin
    ModelOptions modelOptions;

    @ParentCommand
    CurveballCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Options.positive(spec, "--count", count);
        World loaded = WorldLoader.load(world);
        Optional<MeteredModelClient> model = modelOptions.open(root.environment());
        OpeningWriter writer = model.<OpeningWriter>map(ModelOpeningWriter::new).orElseGet(TemplateOpeningWriter::new);
        List<Scenario> scenarios = new ScenarioGenerator(loaded, Options.personas(personas).all(), writer).generate(count, seed);
        Jsonl.write(out, scenarios);
        var printer = spec.commandLine().getOut();
        printer.printf("Wrote %d scenarios for %s (seed %d) to %s%n", scenarios.size(), loaded.name(), seed, out);
        if (writer instanceof ModelOpeningWriter modelWriter) {
            printer.println("  " + ModelOptions.openings(modelWriter.tally()));
            printer.println("  " + ModelOptions.calls(model.get()));
        }
        Map<String, Integer> tags = new TreeMap<>();
        scenarios.forEach(s -> s.tags().stream().map(Category::id).forEach(t -> tags.merge(t, 1, Integer::sum)));
        printer.println("  tags: " + SummaryPrinter.counts(tags));
        printer.flush();
        return 0;
    }
}
