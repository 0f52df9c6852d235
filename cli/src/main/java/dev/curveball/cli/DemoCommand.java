package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.FileErrors;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.generator.GenerationOptions;
import dev.curveball.generator.SuiteGeneration;
import dev.curveball.results.AgentComparison;
import dev.curveball.results.RunRequest;
import dev.curveball.results.RunResult;
import dev.curveball.results.RunService;
import dev.curveball.results.ScenarioSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code curveball demo}: generates a suite for the bundled acme-support world, plays it against the
 * naive and the careful demo agents, judges both, and prints them side by side. Offline, no key.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the acme-support demo: one generated suite, a naive and a careful agent, side by side.",
        sortOptions = false)
final class DemoCommand implements Callable<Integer> {
    static final List<String> AGENTS = List.of("naive", "careful");

    @Option(names = "--count", paramLabel = "N", defaultValue = "40", converter = Options.Count.class,
            description = "Scenarios in the suite (default: ${DEFAULT-VALUE}; at most " + Options.MAX_COUNT + ").")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "7", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "8", converter = Options.Parallel.class,
            description = "Conversations at once (default: ${DEFAULT-VALUE}; at most " + Options.MAX_PARALLEL + ").")
    int parallel;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the two run directories go (default: runs/demo-<time>).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        World world = WorldLoader.loadResource("worlds/acme-support");
        PersonaLibrary personas = PersonaLibrary.bundled();
        Path dir = out != null ? out : Options.timestamped(Path.of("runs"), "demo");
        Path suite = writeSuite(dir, SuiteGeneration.generate(world, personas.all(), GenerationOptions.of(count, seed), Optional.empty()).scenarios());
        var err = spec.commandLine().getErr();
        err.printf("Curveball demo: %d scenarios for %s (seed %d), played against %s.%n", count, world.name(), seed, String.join(" and ", AGENTS));
        Map<String, RunResult> runs = new LinkedHashMap<>();
        for (String agent : AGENTS) {
            err.printf("Playing the %s agent...%n", agent);
            RunRequest request = RunRequest.builder().agent(agent).world(world).worldSource("bundled:worlds/acme-support")
                    .personas(personas).scenarios(new ScenarioSource.File(suite)).trials(1).parallel(parallel).out(dir.resolve(agent))
                    .turnTimeout(Duration.ofSeconds(30)).build();
            runs.put(agent, new RunService().run(request, new ProgressPrinter(err)));
        }
        new ComparisonPrinter(spec.commandLine().getOut()).print(AgentComparison.of(runs), suite);
        return 0;
    }

    /** Refuses a directory that already holds a demo before writing anything into it. */
    private static Path writeSuite(Path dir, List<Scenario> scenarios) {
        Path suite = dir.resolve("suite.jsonl");
        if (Files.exists(suite) || AGENTS.stream().anyMatch(a -> Files.exists(dir.resolve(a).resolve("manifest.json")))) {
            throw CurveballException.invalidInput("--out: " + dir + " already holds a demo; choose another --out");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw CurveballException.invalidInput("--out: cannot create " + dir + ": " + FileErrors.reason(e));
        }
        Jsonl.write(suite, scenarios);
        return suite;
    }
}
