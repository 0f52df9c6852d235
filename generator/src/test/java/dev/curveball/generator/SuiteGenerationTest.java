package dev.curveball.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.model.ModelFailure;
import dev.curveball.core.persona.Persona;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.core.testkit.ScriptedModelClient;
import dev.curveball.core.world.World;
import dev.curveball.generator.dedup.Dedup;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuiteGenerationTest {
    private static final World ACME = AcmeWorld.load();
    private static final List<Persona> PERSONAS = PersonaLibrary.bundled().all();

    @Test
    void offlineTheTemplatesWriteTheSuiteTheGeneratorWould() {
        GenerationOptions options = GenerationOptions.of(12, 7L);

        GenerationReport report = SuiteGeneration.generate(ACME, PERSONAS, options, Optional.empty());

        assertThat(report.writer()).isEqualTo("template");
        assertThat(report.modelTally()).isEmpty();
        assertThat(report.scenarios()).isEqualTo(new ScenarioGenerator(ACME, PERSONAS).generate(options).scenarios());
    }

    @Test
    void withAModelTheModelWritesTheOpeningsAndTheReportCountsThem() {
        ScriptedModelClient model = ScriptedModelClient.thatAnswers(r -> ModelOpeningWriterTest.reply(ModelOpeningWriterTest.OPENING,
                ModelOpeningWriterTest.BRIEF));

        GenerationReport report = SuiteGeneration.generate(ACME, PERSONAS, new GenerationOptions(3, 7L, Dedup.off()), Optional.of(model));

        assertThat(report.writer()).isEqualTo("openai:scripted");
        assertThat(report.scenarios()).extracting(Scenario::opening).anySatisfy(o -> assertThat(o).contains("for years. Could you refund"));
        assertThat(report.modelTally()).hasValueSatisfying(t -> {
            assertThat(t.written()).isPositive();
            assertThat(t.written() + t.fellBack()).isEqualTo(3);
        });
    }

    @Test
    void aModelThatWroteNoOpeningFailsGenerationInsteadOfLeavingTemplates() {
        ScriptedModelClient model = ScriptedModelClient.thatAnswers(r -> "{}");

        assertThatThrownBy(() -> SuiteGeneration.generate(ACME, PERSONAS, new GenerationOptions(2, 7L, Dedup.off()), Optional.of(model)))
                .isInstanceOf(ModelFailure.class);
    }
}
