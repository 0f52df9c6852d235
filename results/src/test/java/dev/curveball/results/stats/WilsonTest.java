package dev.curveball.results.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonTest {

    @Test
    void matchesTheTextbookIntervalForSeventeenOfTwenty() {
        // Wilson (1927), as tabulated by Newcombe (1998), method 3: 17/20 -> 0.6396..0.9476.
        Interval interval = Wilson.interval(17, 20).orElseThrow();
        assertThat(interval.low()).isCloseTo(0.6396, within(0.0002));
        assertThat(interval.high()).isCloseTo(0.9476, within(0.0002));
    }

    @Test
    void keepsAWidthAtNoneAndAllPassed() {
        Interval none = Wilson.interval(0, 10).orElseThrow();
        Interval all = Wilson.interval(3, 3).orElseThrow();
        assertThat(none.low()).isZero();
        assertThat(none.high()).isCloseTo(0.2775, within(0.0002));
        assertThat(all.high()).isEqualTo(1.0);
        assertThat(all.low()).isCloseTo(0.4385, within(0.0002));
    }

    @Test
    void hasNoIntervalWithoutTrials() {
        assertThat(Wilson.interval(0, 0)).isEmpty();
    }

    @Test
    void refusesMoreSuccessesThanTrials() {
        assertThatThrownBy(() -> Wilson.interval(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsBothEndsAsPercentages() {
        assertThat(new Interval(0.6396, 0.9476).percent()).isEqualTo("64.0–94.8%");
    }
}
