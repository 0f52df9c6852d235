package dev.curveball.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.category.Category;
import dev.curveball.core.persona.PersonaLibrary;
import dev.curveball.core.world.World;
import dev.curveball.generator.dedup.Dedup;
import dev.curveball.generator.dedup.Diversity;
import dev.curveball.generator.testkit.LetterCountEmbedder;
import dev.curveball.generator.testkit.ScriptedOpeningWriter;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DedupedOpeningsTest {
    private static final World ACME = AcmeWorld.load();
    private static final ScenarioDraft DRAFT = new ScenarioDraft("s0001", 1L, ACME, PersonaLibrary.bundled().get("withholder"),
            ACME.tasks().get(0), Candidates.NO_FAULTS, List.of(Category.MISSING_DETAILS));
    private static final String FIRST = "Hello, I would like a refund for my headphones please.";

    @Test
    void aNearDuplicateIsWrittenAgainWithTheSimilarOpeningsToAvoid() {
        ScriptedOpeningWriter writer = ScriptedOpeningWriter.thatWrites(n -> n < 2 ? FIRST : "Completely different words this time.");
        DedupedOpenings openings = new DedupedOpenings(writer, Dedup.lexical());

        openings.write(DRAFT, new Random(1));
        WrittenOpening second = openings.write(DRAFT, new Random(2));

        assertThat(second.opening()).isEqualTo("Completely different words this time.");
        assertThat(writer.avoided()).containsExactly(List.of(), List.of(), List.of(FIRST));
        assertThat(openings.diversity(1L).rewrites()).isEqualTo(new Diversity.Rewrites(1, 1, 0));
    }

    @Test
    void keepsTheLeastSimilarAttemptAndCountsItAsRemainingWhenNoneIsFarEnough() {
        List<String> script = List.of(FIRST, FIRST, "Hello, I would like a refund for my headphones please now.",
                "Hello, I would like a refund for my headphones, now, ok?", FIRST + " Thanks.", "never reached");
        ScriptedOpeningWriter writer = ScriptedOpeningWriter.thatWrites(script::get);
        DedupedOpenings openings = new DedupedOpenings(writer, Dedup.lexical());

        openings.write(DRAFT, new Random(1));
        WrittenOpening kept = openings.write(DRAFT, new Random(2));

        assertThat(writer.avoided()).hasSize(2 + DedupedOpenings.MAX_REWRITES);
        assertThat(kept.opening()).isEqualTo("Hello, I would like a refund for my headphones, now, ok?");
        assertThat(openings.diversity(1L).rewrites()).isEqualTo(new Diversity.Rewrites(1, 0, 1));
    }

    @Test
    void rewritesDrawOnFromTheScenariosOwnRandomSequence() {
        ScriptedOpeningWriter writer = ScriptedOpeningWriter.thatWrites(n -> n < 2 ? FIRST : "Something else " + n);
        DedupedOpenings openings = new DedupedOpenings(writer, Dedup.lexical());

        openings.write(DRAFT, new Random(1));
        openings.write(DRAFT, new Random(2));

        Random scenario = new Random(2);
        assertThat(writer.draws().subList(1, 3)).containsExactly(scenario.nextLong(), scenario.nextLong());
    }

    @Test
    void offKeepsNearDuplicatesAndAsksOnce() {
        ScriptedOpeningWriter writer = ScriptedOpeningWriter.thatWrites(n -> FIRST);
        DedupedOpenings openings = new DedupedOpenings(writer, Dedup.off());

        IntStream.range(0, 3).forEach(i -> assertThat(openings.write(DRAFT, new Random(i)).opening()).isEqualTo(FIRST));

        assertThat(writer.avoided()).hasSize(3);
        Diversity diversity = openings.diversity(1L);
        assertThat(diversity.rewrites()).isEqualTo(Diversity.Rewrites.NONE);
        assertThat(diversity.pairwise().max()).isEqualTo(1.0);
        assertThat(diversity.pairwise().compared()).isEqualTo(3);
    }

    @Test
    void semanticDedupComparesEmbeddings() {
        LetterCountEmbedder embedder = new LetterCountEmbedder();
        ScriptedOpeningWriter writer = ScriptedOpeningWriter.thatWrites(n -> n == 0 ? "listen silent" : n == 1 ? "enlist tinsel" : "zzz quiz");
        DedupedOpenings openings = new DedupedOpenings(writer, Dedup.semantic(embedder, 0.99));

        openings.write(DRAFT, new Random(1));
        WrittenOpening anagram = openings.write(DRAFT, new Random(2));

        assertThat(anagram.opening()).isEqualTo("zzz quiz");
        assertThat(openings.diversity(1L).rewrites()).isEqualTo(new Diversity.Rewrites(1, 1, 0));
        assertThat(embedder.calls()).as("each text embedded once").isEqualTo(3);
    }
}
