package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsAtEndMarksAndLineBreaksKeepingAmountsWhole() {
        assertThat(Sentences.split("Refunded 249.00 today. Anything else?\n- ticket closed"))
                .containsExactly("Refunded 249.00 today.", "Anything else?", "- ticket closed");
    }

    @Test
    void makesTypographicApostrophesPlain() {
        assertThat(Sentences.split("I\u2019ve issued it.")).containsExactly("I've issued it.");
    }

    @Test
    void findsTheClauseAroundAPosition() {
        String sentence = "Don't worry, your refund has been processed, anything else?";

        assertThat(Sentences.clauseAround(sentence, sentence.indexOf("refund"))).isEqualTo(" your refund has been processed");
        assertThat(Sentences.clauseAround(sentence, 0)).isEqualTo("Don't worry");
        assertThat(Sentences.clauseAround(sentence, sentence.indexOf("anything"))).isEqualTo(" anything else?");
    }

    @Test
    void spotsCuesAsWholeWordsOnly() {
        assertThat(Sentences.marksOutdated("the old 30-day window")).isTrue();
        assertThat(Sentences.marksOutdated("as I told you, 30 days")).isFalse();
        assertThat(Sentences.isConditional("as soon as it is approved")).isTrue();
        assertThat(Sentences.isConditional("I'm concerned about it")).isFalse();
        assertThat(Sentences.isNegated("it hasn't gone through")).isTrue();
        assertThat(Sentences.isNegated("it is noted")).isFalse();
        assertThat(Sentences.isQuestion("Is it done? ")).isTrue();
    }
}
