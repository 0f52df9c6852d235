package dev.curveball.generator;

import dev.curveball.core.scenario.Scenario;
import dev.curveball.generator.dedup.Diversity;
import java.util.List;
import java.util.Optional;

/**
 * A generated suite and what it is worth: the scenarios, which tags and dimensions they cover (and
 * which this world cannot reach, and why), how varied their openings are, who wrote the openings
 * ({@code writer}: {@code template} or the model), and for a model what it did ({@code modelTally}).
 *
 * <pre>{@code GenerationReport r = SuiteGeneration.generate(world, personas, GenerationOptions.of(40, 7L), Optional.empty());
 * Jsonl.write(out, r.scenarios()); r.coverage().unreachable(); r.diversity().distinct2().ratio();}</pre>
 */
public record GenerationReport(String world, String writer, GenerationOptions options, List<Scenario> scenarios,
                               Coverage coverage, Diversity diversity, Optional<WritingTally> modelTally) {
    public GenerationReport {
        scenarios = List.copyOf(scenarios);
        modelTally = modelTally == null ? Optional.empty() : modelTally;
    }

    /** A report without a model tally (the openings were written by templates). */
    public GenerationReport(String world, String writer, GenerationOptions options, List<Scenario> scenarios,
                            Coverage coverage, Diversity diversity) {
        this(world, writer, options, scenarios, coverage, diversity, Optional.empty());
    }

    GenerationReport withModelTally(WritingTally tally) {
        return new GenerationReport(world, writer, options, scenarios, coverage, diversity, Optional.of(tally));
    }
}
