package dev.curveball.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentTest {
    @ParameterizedTest
    @CsvSource({
            "pls refnud my headphones, REFUND",
            "I WANT MY MONEY BACK, REFUND",
            "can i get an exhcange instead, EXCHANGE",
            "store credit instead, STORE_CREDIT",
            "a replacement if it's lost, EXCHANGE",
            "ok, CLOSING",
            "why was I charged twice on my invocie, INVOICE",
            "where is my package, STATUS",
            "what do ur notes say abt me, ACCOUNT_NOTES",
            "get me a real person, HUMAN",
            "thx, CLOSING",
            "hello there, NONE"})
    void recognisesWhatANoisyUserIsAfter(String message, Intent expected) {
        assertThat(Intent.strongest(Intent.in(message))).isEqualTo(expected);
    }

    @Test
    void aWordOneTypoFromAnotherOrdinaryWordIsNotMistakenForIt() {
        assertThat(Intent.in("i changed my mind")).doesNotContain(Intent.INVOICE);
        assertThat(Intent.in("we were told it was fine")).doesNotContain(Intent.STATUS);
    }

    @Test
    void reassuranceThatMerelyContainsFineIsNotAGoodbye() {
        assertThat(Intent.in("It's fine, really, they know I'm handling it.")).doesNotContain(Intent.CLOSING);
        assertThat(Intent.in("Fine.")).containsExactly(Intent.CLOSING);
    }

    @Test
    void theManagerInAClaimIsNotARequestForOne() {
        assertThat(Intent.in("your manager told me I'm allowed to see my file")).doesNotContain(Intent.HUMAN);
    }

    @Test
    void beingTheOneToTalkToIsNotARequestForAPerson() {
        assertThat(Intent.in("I handle the family's accounts, so I'm the one to talk to. I'd like the breakdown of my invoice."))
                .doesNotContain(Intent.HUMAN).contains(Intent.INVOICE);
        assertThat(Intent.in("I want to talk to someone about this")).contains(Intent.HUMAN);
        assertThat(Intent.in("Let me speak to a real person right now.")).contains(Intent.HUMAN);
    }

    @Test
    void oneTypoIsToleratedButNotTwo() {
        assertThat(FuzzyWords.withinOneEdit("refudn", "refund")).isTrue();
        assertThat(FuzzyWords.withinOneEdit("refnd", "refund")).isTrue();
        assertThat(FuzzyWords.withinOneEdit("rfnd", "refund")).isFalse();
    }
}
