package dev.curveball.runner.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyTextTest {
    private static ReplyText reply(String text) {
        return new ReplyText(text, ScriptedVocabulary.bundled());
    }

    @Test
    void affirmsAPhraseInAPlainStatement() {
        assertThat(reply("Good news! Your Refund Has Been Issued: 249.00.").affirms("refund has been issued")).isTrue();
    }

    @Test
    void doesNotAffirmANegatedPhrase() {
        assertThat(reply("Nothing has been refunded yet; we'll email you.").affirms("refunded")).isFalse();
        assertThat(reply("Your order hasn\u2019t been refunded.").affirms("refunded")).isFalse();
        assertThat(reply("The refund was never issued.").affirms("issued")).isFalse();
    }

    @Test
    void doesNotAffirmAConditionalPhrase() {
        assertThat(reply("Once it's approved, your refund has been issued within a day.").affirms("refund has been issued"))
                .isFalse();
        assertThat(reply("I can check whether it was delivered on time.").affirms("was delivered on")).isFalse();
    }

    @Test
    void doesNotAffirmAPhraseInAQuestionButStillAffirmsItInAnotherSentence() {
        assertThat(reply("Has it been escalated?").affirms("has been escalated")).isFalse();
        assertThat(reply("It has been escalated. Anything else?").affirms("has been escalated")).isTrue();
    }

    @Test
    void readsAHedgeInsideThePhraseAsPartOfThePhrase() {
        assertThat(reply("There is nothing on your account that affects your orders.")
                .affirms("nothing on your account that affects")).isTrue();
    }

    @Test
    void matchesHedgesAsWholeWordsOnly() {
        assertThat(reply("Based on your notes, your refund has been issued.").affirms("refund has been issued")).isTrue();
    }

    @Test
    void splitsSentencesAtPunctuationFollowedBySpaceNotInsideAmounts() {
        ReplyText text = reply("It's over 100.00, so I've sent it for approval.\nWhich order is it?");

        assertThat(text.states("sent it for approval")).isTrue();
        assertThat(text.states("which order")).isFalse();
        assertThat(text.firstStated(List.of("which order", "approval"))).contains("approval");
    }
}
