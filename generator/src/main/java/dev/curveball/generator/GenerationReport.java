package dev.curveball.generator;

import dev.curveball.core.scenario.Scenario;
import dev.curveball.generator.dedup.Diversity;
import java.util.List;

/**
 * A generated suite and what it is worth: the scenarios, which tags and dimensions they cover (and
 * which this world cannot reach, and why), and how varied their openings are.
 *
 * <pre>{@code GenerationReport r = new ScenarioGenerator(world, personas).generate(GenerationOptions.of(40, 7L));
 * Jsonl.write(out, r.scenarios()); r.coverage().unreachable(); r.diversity().distinct2().ratio();}</pre>
 */
public record GenerationReport(String world, String writer, GenerationOptions options, List<Scenario> scenarios,
                               Coverage coverage, Diversity diversity) {
    public GenerationReport {
        scenarios = List.copyOf(scenarios);
    }
}
