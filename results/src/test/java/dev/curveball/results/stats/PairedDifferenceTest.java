package dev.curveball.results.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    @Test
    void reproducesNewcombesExampleA() {
        // Newcombe 1998, Stat Med 17:2635, example (a): 36 both, 12 only the first, 2 only the second, 0 neither;
        // method 10 gives 0.0569 to 0.3404 for first minus second. Here A is the first, and B - A is reported.
        PairedDifference d = PairedDifference.of(36, 12, 2, 0).orElseThrow();

        assertThat(d.delta()).isEqualTo(-0.2);
        assertThat(d.low()).isEqualTo(-0.3404);
        assertThat(d.high()).isEqualTo(-0.0569);
        assertThat(d.points()).isEqualTo("-20.0 pts (95% CI -34.0 to -5.7)");
    }

    @Test
    void matchesAHandCheckedTableWithNoCorrelation() {
        // a=5 b=5 c=0 d=0: phi is 0 (a marginal is empty), so the bounds are the Wilson distances added in quadrature:
        // Wilson(10 of 10) = 0.7225..1, Wilson(5 of 10) = 0.2366..0.7634;
        // lower of A - B = 0.5 - sqrt(0.2775^2 + 0.2634^2) = 0.1174, upper = 0.5 + sqrt(0.2634^2 + 0) = 0.7634.
        PairedDifference d = PairedDifference.of(5, 5, 0, 0).orElseThrow();

        assertThat(d.delta()).isEqualTo(-0.5);
        assertThat(d.low()).isEqualTo(-0.7634);
        assertThat(d.high()).isEqualTo(-0.1174);
    }

    @Test
    void aFixIsPositiveAndNoChangeStraddlesZero() {
        assertThat(PairedDifference.of(36, 2, 12, 0).orElseThrow().delta()).isEqualTo(0.2);
        PairedDifference none = PairedDifference.of(10, 0, 0, 10).orElseThrow();
        assertThat(none.delta()).isZero();
        assertThat(none.low()).isNegative();
        assertThat(none.high()).isPositive();
        assertThat(PairedDifference.of(0, 0, 0, 0)).isEmpty();
    }
}
