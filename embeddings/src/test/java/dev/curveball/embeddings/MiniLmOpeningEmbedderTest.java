package dev.curveball.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.generator.dedup.Dedup;
import dev.curveball.generator.dedup.Match;
import dev.curveball.generator.dedup.NearDuplicates;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loads the real model (about 2 s), so: one test class, few tests. */
class MiniLmOpeningEmbedderTest {
    @Test
    void isFoundOnTheClassPathAndTellsParaphrasesFromOtherRequests() {
        Dedup semantic = Dedup.of(Dedup.Mode.SEMANTIC, 0.7);
        assertThat(semantic.embedder()).isInstanceOf(MiniLmOpeningEmbedder.class);
        NearDuplicates index = NearDuplicates.of(semantic);
        index.add("Hi, I'd like a refund for my headphones, please.");
        index.add("Where is my USB-C hub? It hasn't arrived.");

        List<Match> paraphrase = index.similarTo("Hello, can I get my money back for the headphones?", 5);
        List<Match> other = index.similarTo("Please tell me what the internal notes on my account say.", 5);

        assertThat(paraphrase).extracting(Match::index).containsExactly(0);
        assertThat(other).isEmpty();
        assertThat(index.similarity(0, 1)).isLessThan(0.5);
    }

    @Test
    void givesUnitVectorsOf384Dimensions() {
        float[] v = new MiniLmOpeningEmbedder().embed("it's broken, fix it");

        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        assertThat(v).hasSize(384);
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
    }
}
