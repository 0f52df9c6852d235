package dev.curveball.cli;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.io.Jsonl;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.core.model.MeteredModelClient;
import dev.curveball.generator.GenerationOptions;
import dev.curveball.generator.GenerationReport;
import dev.curveball.generator.SuiteGeneration;
import dev.curveball.generator.dedup.Dedup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code curveball generate}: write scenarios for a world, the same file for the same seed on any
 * machine, and say what they cover, what the world cannot reach, and how varied the openings are.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, footer = SuiteConfigDefaults.FOOTER, description = "Generate scenarios (persona x task x fault) for a world into a scenarios.jsonl file.",
        sortOptions = false)
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--world", required = true, paramLabel = "DIR", description = "The world directory (holding world.yaml).")
    Path world;

    @Option(names = "--count", paramLabel = "N", defaultValue = GenerationOptions.DEFAULT_COUNT, converter = Options.Count.class,
            description = "How many scenarios (default: ${DEFAULT-VALUE}; at most " + Options.MAX_COUNT + ").")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = GenerationOptions.DEFAULT_SEED, description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--personas", paramLabel = "DIR", description = "Persona templates to use instead of the bundled ones.")
    Path personas;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the scenarios (JSON Lines).")
    Path out;

    @Option(names = "--dedup", paramLabel = "MODE", defaultValue = "lexical", converter = DedupModeConverter.class,
            description = "Near-duplicate openings: lexical (default, word bigrams), semantic (all-MiniLM-L6-v2, in-process; "
                    + "the launcher builds the embeddings module for it on first use) or off.")
    Dedup.Mode dedup;

    @Option(names = "--similarity", paramLabel = "X", description = "From this similarity (above 0, at most 1) an opening is a "
            + "near-duplicate of an earlier one (default: " + Dedup.LEXICAL_SIMILARITY + " lexical, " + Dedup.SEMANTIC_SIMILARITY + " semantic).")
    Double similarity;

    @Mixin
    ModelOptions modelOptions;

    @ParentCommand
    CurveballCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Options.fraction(spec, "--similarity", similarity);
        if (similarity != null && dedup == Dedup.Mode.OFF) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--similarity sets when --dedup lexical or semantic rewrites "
                    + "an opening; with --dedup off nothing is rewritten: drop --similarity or choose a dedup mode");
        }
        if (Files.isDirectory(out)) {
            throw CurveballException.invalidInput("--out: " + out + " is a directory; expected the scenarios file to write");
        }
        World loaded = WorldLoader.load(world);
        Optional<MeteredModelClient> model = modelOptions.open(root.environment());
        GenerationOptions options = new GenerationOptions(count, seed, Dedup.of(dedup, similarity));
        GenerationReport report = SuiteGeneration.generate(loaded, Options.personasFor(personas, loaded).all(), options, model);
        Options.parentFolder(out);
        Jsonl.write(out, report.scenarios());
        var printer = spec.commandLine().getOut();
        new GenerationPrinter(printer).print(report, out);
        model.ifPresent(m -> printer.println("  " + ModelOptions.calls(m)));
        printer.flush();
        return 0;
    }

    /** {@code lexical}, {@code semantic} or {@code off}; a typo gets the nearest mode suggested. */
    static final class DedupModeConverter implements CommandLine.ITypeConverter<Dedup.Mode> {
        @Override
        public Dedup.Mode convert(String value) {
            try {
                return Dedup.Mode.fromId(value);
            } catch (RuntimeException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
