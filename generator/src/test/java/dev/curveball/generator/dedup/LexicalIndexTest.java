package dev.curveball.generator.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LexicalIndexTest {
    private static final List<String> WORDS = List.of("i", "want", "a", "refund", "for", "my", "headphones", "please", "order",
            "the", "keyboard", "is", "broken", "hi", "hello", "again", "now", "store", "credit", "monitor");

    @Test
    void scoresAreCommonsTextJaccardOnWordBigrams() {
        assertThat(Shingles.jaccard("I want a refund.", "i want a refund please")).isEqualTo(0.75);
        assertThat(Shingles.jaccard("Don't SHOUT, please!", "dont shout please")).isEqualTo(1.0);

        LexicalIndex index = new LexicalIndex(0.1);
        index.add("I want a refund for my headphones.");
        index.add("i want a refund please");
        assertThat(index.similarity(0, 1)).isEqualTo(Shingles.jaccard(index.opening(0), index.opening(1)));
    }

    @Test
    void findsExactlyThePairsABruteForceComparisonFinds() {
        Random random = new Random(17);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            texts.add(i > 0 && random.nextInt(3) == 0 ? mutate(texts.get(random.nextInt(i)), random) : sentence(random));
        }
        for (double threshold : new double[] {0.3, 0.5, 0.8}) {
            LexicalIndex index = new LexicalIndex(threshold);
            for (String text : texts) {
                List<Integer> expected = new ArrayList<>();
                for (int j = 0; j < index.size(); j++) {
                    if (Shingles.jaccard(text, index.opening(j)) >= threshold) {
                        expected.add(j);
                    }
                }
                assertThat(index.similarTo(text, Integer.MAX_VALUE)).extracting(Match::index)
                        .as("threshold %s, text %s", threshold, text).containsExactlyInAnyOrderElementsOf(expected);
                index.add(text);
            }
        }
    }

    @Test
    void returnsTheClosestMatchesFirstUpToTheLimit() {
        LexicalIndex index = new LexicalIndex(0.3);
        index.add("hello I want a refund for my headphones");
        index.add("hello I want a refund for my headphones now please");
        index.add("something else entirely");

        List<Match> matches = index.similarTo("hello I want a refund for my headphones now", 5);

        assertThat(matches).extracting(Match::index).containsExactly(1, 0);
        assertThat(matches.get(0).similarity()).isGreaterThan(matches.get(1).similarity());
        assertThat(index.similarTo("hello I want a refund for my headphones now", 1)).hasSize(1);
        assertThat(index.similarTo("a text about nothing we know", 5)).isEmpty();
    }

    private static String sentence(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0, n = 2 + random.nextInt(12); w < n; w++) {
            sb.append(w == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return sb.toString();
    }

    private static String mutate(String text, Random random) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
            if (random.nextBoolean() && words.size() > 1) {
                words.remove(random.nextInt(words.size()));
            } else {
                words.add(random.nextInt(words.size() + 1), WORDS.get(random.nextInt(WORDS.size())));
            }
        }
        return String.join(" ", words);
    }
}
