package dev.curveball.judge.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {
    @Test
    void matchesAHandComputedInterval() {
        // values 1,2,4,5 (n = 4). Observed: each unit's ordered pairs sum 2, over (m-1) = 1: (2 + 2) / 4 = 1.
        // Expected: ordered pairs of all four sum 2 * (1 + 9 + 16 + 4 + 9 + 1) = 80, over n(n-1) = 12: 6.667.
        // alpha = 1 - 1 / 6.667 = 0.85
        assertThat(Agreement.alpha(List.of(List.of(1, 2), List.of(4, 5))).orElseThrow()).isCloseTo(0.85, within(1e-9));
    }

    @Test
    void isOneWhenJudgesAgreeOnEveryUnitAndBelowZeroWhenTheyDisagreeSystematically() {
        assertThat(Agreement.alpha(List.of(List.of(2, 2), List.of(5, 5, 5)))).contains(1.0);
        // 1,5 and 5,1: observed 2 * 16 / 1 per unit, (32 + 32) / 4 = 16; expected: 8 pairs of 16 over 12 = 10.667
        assertThat(Agreement.alpha(List.of(List.of(1, 5), List.of(5, 1))).orElseThrow()).isCloseTo(1 - 16 / (128.0 / 12), within(1e-9));
    }

    @Test
    void unitsWithOneScoreTellNothing() {
        assertThat(Agreement.alpha(List.of(List.of(3), List.of(4)))).isEmpty();
    }
}
