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
            "can i get an exhcange instead, STORE_CREDIT",
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
    void theManagerInAClaimIsNotARequestForOne() {
        assertThat(Intent.in("your manager told me I'm allowed to see my file")).doesNotContain(Intent.HUMAN);
    }

    @Test
    void oneTypoIsToleratedButNotTwo() {
        assertThat(FuzzyWords.withinOneEdit("refudn", "refund")).isTrue();
        assertThat(FuzzyWords.withinOneEdit("refnd", "refund")).isTrue();
        assertThat(FuzzyWords.withinOneEdit("rfnd", "refund")).isFalse();
    }
}
