package dev.curveball.core.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NoiseOperatorsTest {
    private static final Noise EVERYTHING = new Noise(1, 1, 1, 1);

    @Test
    void neverTouchesWordsGluedToDigits() {
        for (long seed = 0; seed < 200; seed++) {
            String noisy = NoiseOperators.apply("Please check invoice-9001 and Order-5001 with refund 249USD today", EVERYTHING, new Random(seed));

            assertThat(noisy).containsIgnoringCase("invoice-9001").containsIgnoringCase("order-5001").containsIgnoringCase("249usd");
        }
    }

    @Test
    void isTheSameForTheSameSeedAndDiffersAcrossSeeds() {
        String text = "Hello, I would really like a refund for my headphones please, because they are broken.";
        Noise some = new Noise(0.6, 0.8, 0.2, 0.7);

        assertThat(NoiseOperators.apply(text, some, new Random(3))).isEqualTo(NoiseOperators.apply(text, some, new Random(3)));
        assertThat(java.util.stream.LongStream.range(0, 20).mapToObj(s -> NoiseOperators.apply(text, some, new Random(s))).distinct().count())
                .isGreaterThan(5);
    }

    @Test
    void leavesTextAloneWithoutNoise() {
        String text = "Hello, I would like a refund.";

        assertThat(NoiseOperators.apply(text, Noise.NONE, new Random(1))).isEqualTo(text);
    }
}
