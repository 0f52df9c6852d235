package dev.curveball.core.persona;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharacterBreaksTest {
    private final CharacterBreaks breaks = CharacterBreaks.bundled();

    @Test
    void findsAUserOwningUpToBeingAnAiOrATest() {
        assertThat(breaks.find("As an AI, I don't own headphones.")).contains("as an ai");
        assertThat(breaks.find("ok this simulated refund thing")).contains("simulated");
        assertThat(breaks.find("I\u2019m an AI language model")).isPresent();
        assertThat(breaks.find("{\"stop\": \"goal_met\"}")).contains("goal_met");
    }

    @Test
    void leavesOrdinaryCustomerWordsAlone() {
        assertThat(breaks.find("I said I wanted a refund, and I'm waiting for the email detail.")).isEmpty();
        assertThat(breaks.find("Is this a bot? I want a human.")).isEmpty();
    }
}
