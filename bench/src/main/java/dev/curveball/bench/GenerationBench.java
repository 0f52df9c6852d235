package dev.curveball.bench;

import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.world.World;
import dev.curveball.core.world.WorldLoader;
import dev.curveball.generator.GenerationOptions;
import dev.curveball.generator.GenerationReport;
import dev.curveball.generator.ScenarioGenerator;
import dev.curveball.generator.dedup.Dedup;
import dev.curveball.generator.dedup.Diversity;
import dev.curveball.generator.dedup.NearDuplicates;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints how fast the generator makes scenarios offline for acme-support with the bundled personas
 * (dedup off and lexical), what near-duplicate control costs per 1,000 openings (lexical, and
 * semantic with all-MiniLM-L6-v2), and the peak heap and process memory. Figures, not assertions.
 */
public final class GenerationBench {
    private static final long SEED = 7L;
    private static final int DEDUP_MESSAGES = 1_000;
    private static final int ROUNDS = 3;

    private GenerationBench() {
    }

    public static void main(String[] args) {
        int count = Arrays.stream(args).filter(a -> a.matches("\\d+")).findFirst().map(Integer::parseInt).orElse(10_000);
        boolean semantic = Arrays.stream(args).noneMatch("--no-semantic"::equals);
        World world = WorldLoader.load(Path.of("examples/acme-support"));
        ScenarioGenerator generator = new ScenarioGenerator(world, PersonaLibrary.bundled().all());
        System.out.printf(Locale.ROOT, "Curveball generation bench: %s, %d bundled personas, seed %d, %d cores, Java %s%n",
                world.name(), PersonaLibrary.bundled().all().size(), SEED, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        generator.generate(new GenerationOptions(2_000, SEED + 1, Dedup.lexical())); // warm-up: JIT, class loading
        System.out.printf("%nGeneration, %,d scenarios:%n", count);
        generation(generator, count, Dedup.off());
        List<String> openings = generation(generator, count, Dedup.lexical()).scenarios().stream()
                .map(Scenario::opening).limit(DEDUP_MESSAGES).toList();
        System.out.printf("%nDedup cost per %,d openings (probe for near-duplicates, then add; no rewriting):%n", DEDUP_MESSAGES);
        dedupCost("lexical", openings, Dedup.lexical());
        if (semantic) {
            long start = System.nanoTime();
            Dedup minilm = Dedup.of(Dedup.Mode.SEMANTIC, null);
            minilm.embedder().embed("warm up");
            System.out.printf(Locale.ROOT, "  semantic model load and first embedding: %,.0f ms%n", millis(start));
            dedupCost("semantic (all-MiniLM-L6-v2)", openings, minilm);
        }
        System.out.printf(Locale.ROOT, "%nPeak memory over the whole bench: heap %s, process (RSS) %s%n",
                Memory.megabytes(Memory.peakHeap()), Memory.peakResident().map(Memory::megabytes).orElse("n/a"));
    }

    private static GenerationReport generation(ScenarioGenerator generator, int count, Dedup dedup) {
        Memory.resetPeaks();
        long start = System.nanoTime();
        GenerationReport report = generator.generate(new GenerationOptions(count, SEED, dedup));
        double ms = millis(start);
        Diversity.Rewrites r = report.diversity().rewrites();
        System.out.printf(Locale.ROOT, "  dedup %-8s %,8.0f scenarios/s  (%,.0f ms; near-duplicates %d found, %d rewritten, %d remaining;"
                        + " distinct-2 %.3f; peak heap %s)%n", dedup.mode().id(), count / (ms / 1000), ms, r.found(), r.rewritten(),
                r.remaining(), report.diversity().distinct2().ratio(), Memory.megabytes(Memory.peakHeap()));
        return report;
    }

    private static void dedupCost(String name, List<String> openings, Dedup dedup) {
        double best = Double.MAX_VALUE;
        int found = 0;
        for (int round = 0; round < (dedup.mode() == Dedup.Mode.SEMANTIC ? 1 : ROUNDS); round++) {
            NearDuplicates index = NearDuplicates.of(dedup);
            found = 0;
            long start = System.nanoTime();
            for (String opening : openings) {
                found += index.similarTo(opening, 5).isEmpty() ? 0 : 1;
                index.add(opening);
            }
            best = Math.min(best, millis(start));
        }
        System.out.printf(Locale.ROOT, "  %-28s %,10.1f ms per %,d (%.3f ms each; %d near-duplicates at similarity %.2f)%n",
                name, best * DEDUP_MESSAGES / openings.size(), DEDUP_MESSAGES, best / openings.size(), found, dedup.similarity());
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
