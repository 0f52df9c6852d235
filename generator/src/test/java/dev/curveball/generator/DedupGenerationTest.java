package dev.curveball.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.curveball.core.error.CurveballException;
import dev.curveball.core.error.ExitCodes;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.scenario.Scenario;
import dev.curveball.generator.dedup.Dedup;
import dev.curveball.generator.dedup.Diversity;
import dev.curveball.generator.dedup.Shingles;
import dev.curveball.generator.testkit.LetterCountEmbedder;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Near-duplicate control across a whole suite of acme-support scenarios. */
class DedupGenerationTest {
    private static final ScenarioGenerator GENERATOR = new ScenarioGenerator(AcmeWorld.load(), PersonaLibrary.bundled().all());
    private static final int COUNT = 300;

    @Test
    void lexicalDedupRewritesNearDuplicatesThatOffKeeps() {
        GenerationReport off = GENERATOR.generate(new GenerationOptions(COUNT, 7L, Dedup.off()));
        GenerationReport lexical = GENERATOR.generate(new GenerationOptions(COUNT, 7L, Dedup.lexical()));
        Diversity.Rewrites rewrites = lexical.diversity().rewrites();

        assertThat(rewrites.found()).isPositive().isEqualTo(rewrites.rewritten() + rewrites.remaining());
        assertThat(rewrites.rewritten()).isPositive();
        assertThat(nearDuplicates(lexical)).isLessThan(nearDuplicates(off));
        long changed = IntStream.range(0, COUNT).filter(i -> !opening(off, i).equals(opening(lexical, i))).count();
        assertThat(changed).isPositive().isLessThanOrEqualTo(rewrites.found());
        assertThat(lexical.scenarios()).extracting(DedupGenerationTest::combination)
                .isEqualTo(off.scenarios().stream().map(DedupGenerationTest::combination).toList());
    }

    @Test
    void diversityFiguresImproveWithDedup() {
        Diversity off = GENERATOR.generate(new GenerationOptions(COUNT, 7L, Dedup.off())).diversity();
        Diversity lexical = GENERATOR.generate(new GenerationOptions(COUNT, 7L, Dedup.lexical())).diversity();

        assertThat(off.mode()).isEqualTo(Dedup.Mode.OFF);
        assertThat(off.rewrites()).isEqualTo(Diversity.Rewrites.NONE);
        assertThat(lexical.distinct2().ratio()).isGreaterThan(off.distinct2().ratio());
        assertThat(lexical.pairwise().mean()).isLessThan(off.pairwise().mean());
        assertThat(lexical.pairwise().pairs()).isEqualTo((long) COUNT * (COUNT - 1) / 2);
        assertThat(lexical.pairwise().sampled()).isFalse();
    }

    @Test
    void semanticDedupUsesTheEmbedderItIsGiven() {
        GenerationReport report = GENERATOR.generate(new GenerationOptions(60, 7L, Dedup.semantic(new LetterCountEmbedder(), 0.98)));

        assertThat(report.diversity().mode()).isEqualTo(Dedup.Mode.SEMANTIC);
        assertThat(report.diversity().rewrites().found()).isPositive();
    }

    @Test
    void semanticDedupWithoutTheEmbeddingsModuleSaysHowToEnableIt() {
        assertThatThrownBy(() -> Dedup.of(Dedup.Mode.SEMANTIC, null)).isInstanceOf(CurveballException.class)
                .hasMessageContaining("curveball-embeddings")
                .hasMessageContaining("./curveball")
                .satisfies(e -> assertThat(((CurveballException) e).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT));
        assertThatThrownBy(() -> Dedup.Mode.fromId("semantik")).hasMessage("unknown dedup mode 'semantik' (did you mean 'semantic'?)");
        assertThatThrownBy(() -> Dedup.of(Dedup.Mode.LEXICAL, 1.5)).hasMessageContaining("similarity must be above 0 and at most 1");
    }

    /** Openings at least the default threshold like an earlier one. */
    private static long nearDuplicates(GenerationReport report) {
        List<String> openings = report.scenarios().stream().map(Scenario::opening).toList();
        return IntStream.range(0, openings.size()).filter(i -> IntStream.range(0, i)
                .anyMatch(j -> Shingles.jaccard(openings.get(i), openings.get(j)) >= Dedup.LEXICAL_SIMILARITY)).count();
    }

    private static String opening(GenerationReport report, int i) {
        return report.scenarios().get(i).opening();
    }

    private static String combination(Scenario s) {
        return s.persona() + "|" + s.task().id() + "|" + s.faultProfile();
    }
}
