package dev.curveball.results.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class McNemarTest {

    @Test
    void matchesHandComputedBinomialTails() {
        // b=1, c=9: 2 * (C(10,0) + C(10,1)) / 2^10 = 2 * 11 / 1024
        assertThat(McNemar.exactP(1, 9)).isEqualTo(22.0 / 1024);
        assertThat(McNemar.exactP(1, 9)).isCloseTo(0.02148, within(0.00001));
        // b=0, c=5: 2 / 32
        assertThat(McNemar.exactP(0, 5)).isEqualTo(0.0625);
        // b=2, c=8: 2 * (1 + 10 + 45) / 1024 = 0.109375
        assertThat(McNemar.exactP(2, 8)).isEqualTo(0.109375);
    }

    @Test
    void isSymmetricAndOneWhenTheSplitIsEvenOrEmpty() {
        assertThat(McNemar.exactP(9, 1)).isEqualTo(McNemar.exactP(1, 9));
        assertThat(McNemar.exactP(4, 4)).isEqualTo(1.0);
        assertThat(McNemar.exactP(0, 0)).isEqualTo(1.0);
        assertThat(McNemar.exactP(0, 1)).isEqualTo(1.0);
    }

    @Test
    void holdsForThousandsOfPairsWhereDoublesWouldOverflow() {
        // 2^3000 overflows a double; the normal approximation of 1400 vs 1600 gives z = 3.65, p about 0.00026.
        double p = McNemar.exactP(1400, 1600);
        assertThat(p).isGreaterThan(0.0002).isLessThan(0.0003);
        assertThat(McNemar.exactP(1500, 1500)).isEqualTo(1.0);
        assertThat(McNemar.exactP(0, 1000)).isCloseTo(Math.scalb(1.0, -999), withinPercentage(1e-9));
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> McNemar.exactP(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
