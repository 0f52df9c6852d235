package dev.curveball.results.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoiseRuleTest {

    @Test
    void withOneTrialEveryFlipCounts() {
        assertThat(NoiseRule.status(1, 1, 0)).isEqualTo(ScenarioStatus.REGRESSED);
        assertThat(NoiseRule.status(1, 0, 1)).isEqualTo(ScenarioStatus.FIXED);
        assertThat(NoiseRule.status(1, 1, 1)).isEqualTo(ScenarioStatus.UNCHANGED);
    }

    @Test
    void withThreeTrialsAMoveNoLargerThanTheTrialsOwnDisagreementIsFlaky() {
        assertThat(NoiseRule.status(3, 3, 2)).isEqualTo(ScenarioStatus.FLAKY);
        assertThat(NoiseRule.status(3, 2, 1)).isEqualTo(ScenarioStatus.FLAKY);
        assertThat(NoiseRule.status(3, 3, 1)).isEqualTo(ScenarioStatus.REGRESSED);
        assertThat(NoiseRule.status(3, 2, 0)).isEqualTo(ScenarioStatus.REGRESSED);
        assertThat(NoiseRule.status(3, 0, 3)).isEqualTo(ScenarioStatus.FIXED);
        assertThat(NoiseRule.status(5, 5, 3)).isEqualTo(ScenarioStatus.FLAKY);
        assertThat(NoiseRule.status(5, 5, 2)).isEqualTo(ScenarioStatus.REGRESSED);
    }

    @Test
    void nothingJudgedIsNotJudged() {
        assertThat(NoiseRule.status(0, 0, 0)).isEqualTo(ScenarioStatus.NOT_JUDGED);
    }
}
