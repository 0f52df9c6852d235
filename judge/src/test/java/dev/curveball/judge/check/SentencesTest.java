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
    void spotsOutdatedCuesAsWholeWordsOnly() {
        assertThat(Sentences.marksOutdated("the old 30-day window")).isTrue();
        assertThat(Sentences.marksOutdated("The 30-day rule was withdrawn when the current policy took effect.")).isTrue();
        assertThat(Sentences.marksOutdated("as I told you, 30 days")).isFalse();
    }
}
