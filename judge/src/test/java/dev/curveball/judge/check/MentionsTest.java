package dev.curveball.judge.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void findsAMarkerInsideALongerWordIgnoringCase() {
        assertThat(Mentions.containsText("Several CHARGEBACKS", "chargeback")).isTrue();
    }

    @Test
    void findsAWholePhraseButNotOneInsideAnotherWord() {
        assertThat(Mentions.containsWord("Your USB-C hub shipped.", "usb-c hub")).isTrue();
        assertThat(Mentions.containsWord("We are monitoring it", "monitor")).isFalse();
        assertThat(Mentions.containsWord("Call +1 555 0102 now", "+1 555 0102")).isTrue();
    }

    @Test
    void neverMatchesABlankPhrase() {
        assertThat(Mentions.containsText("anything", " ")).isFalse();
        assertThat(Mentions.containsWord("anything", "")).isFalse();
    }
}
