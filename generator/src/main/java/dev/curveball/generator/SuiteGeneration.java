package dev.curveball.generator;

import dev.curveball.core.model.ModelClient;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.world.World;
import java.util.List;
import java.util.Optional;

/**
 * The one way a suite is generated, for {@code curveball generate}, {@code run --count} and
 * {@code demo} alike: offline the persona templates write the openings; with a model the model
 * writes them, and a model that wrote none of them fails generation rather than quietly leaving a
 * suite of templates. The report says who wrote the openings and, for a model, how it fared.
 *
 * <pre>{@code GenerationReport report = SuiteGeneration.generate(acme, personas, GenerationOptions.of(40, 7L), Optional.empty());
 * report.writer();      // "template"
 * report.modelTally();  // empty offline; written, retried, fell back... with a model}</pre>
 */
public final class SuiteGeneration {
    private SuiteGeneration() {
    }

    public static GenerationReport generate(World world, List<Persona> personas, GenerationOptions options, Optional<? extends ModelClient> model) {
        if (model.isEmpty()) {
            return new ScenarioGenerator(world, personas, new TemplateOpeningWriter()).generate(options);
        }
        ModelOpeningWriter writer = new ModelOpeningWriter(model.get());
        GenerationReport report = new ScenarioGenerator(world, personas, writer).generate(options);
        writer.requireSomeWritten();
        return report.withModelTally(writer.tally());
    }
}
