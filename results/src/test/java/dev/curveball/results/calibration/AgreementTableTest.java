package dev.curveball.results.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AgreementTableTest {

    /*
     * By hand, 50 conversations:
     *                 human FAIL  human PASS
     *   judge FAIL        20           5        25
     *   judge PASS        10          15        25
     *                     30          20        50
     * po = (20 + 15) / 50 = 0.70
     * pe = (25/50)(30/50) + (25/50)(20/50) = 0.30 + 0.20 = 0.50
     * kappa = (0.70 - 0.50) / (1 - 0.50) = 0.40
     * se = sqrt(0.70 x 0.30 / (50 x 0.50^2)) = sqrt(0.21 / 12.5) = sqrt(0.0168) = 0.129615
     * 95% CI = 0.40 +- 1.959964 x 0.129615 = 0.40 +- 0.254040 = [0.145960, 0.654040]
     * TPR = 20 / 30 = 0.6667, TNR = 15 / 20 = 0.75
     */
    @Test
    void computesKappaItsIntervalAndTheRatesOfAHandWorkedTable() {
        AgreementTable table = new AgreementTable(20, 5, 10, 15);

        assertThat(table.total()).isEqualTo(50);
        assertThat(table.agreement()).hasValueSatisfying(a -> assertThat(a).isCloseTo(0.70, within(1e-12)));
        assertThat(table.kappa()).hasValueSatisfying(k -> assertThat(k).isCloseTo(0.40, within(1e-12)));
        assertThat(table.standardError()).hasValueSatisfying(se -> assertThat(se).isCloseTo(0.129615, within(1e-6)));
        assertThat(table.kappaInterval()).hasValueSatisfying(ci -> {
            assertThat(ci[0]).isCloseTo(0.145960, within(1e-6));
            assertThat(ci[1]).isCloseTo(0.654040, within(1e-6));
        });
        assertThat(table.truePositiveRate()).hasValueSatisfying(r -> assertThat(r).isCloseTo(2.0 / 3, within(1e-12)));
        assertThat(table.trueNegativeRate()).hasValueSatisfying(r -> assertThat(r).isCloseTo(0.75, within(1e-12)));
    }

    /*
     * 10 conversations: judge FAIL on 4 (3 of them human FAIL), PASS on 6 (1 human FAIL).
     * po = (3 + 5) / 10 = 0.8; pe = 0.4 x 0.4 + 0.6 x 0.6 = 0.52; kappa = 0.28 / 0.48 = 0.583333
     * se = sqrt(0.8 x 0.2 / (10 x 0.48^2)) = sqrt(0.16 / 2.304) = 0.263523; high end 0.583333 + 0.516496 cut to 1.
     */
    @Test
    void cutsTheIntervalAtOne() {
        AgreementTable table = AgreementTable.empty();
        for (int i = 0; i < 3; i++) {
            table = table.plus(true, true);
        }
        table = table.plus(true, false).plus(false, true);
        for (int i = 0; i < 5; i++) {
            table = table.plus(false, false);
        }

        assertThat(table).isEqualTo(new AgreementTable(3, 1, 1, 5));
        assertThat(table.kappa()).hasValueSatisfying(k -> assertThat(k).isCloseTo(0.583333, within(1e-6)));
        assertThat(table.kappaInterval()).hasValueSatisfying(ci -> {
            assertThat(ci[0]).isCloseTo(0.583333 - 0.516496, within(1e-5));
            assertThat(ci[1]).isEqualTo(1.0);
        });
    }

    @Test
    void perfectAgreementHasKappaOneAndNoPointForAnInterval() {
        AgreementTable table = new AgreementTable(4, 0, 0, 6);

        assertThat(table.kappa()).contains(1.0);
        assertThat(table.standardError()).contains(0.0);
        assertThat(table.kappaInterval()).isEmpty();
    }

    @Test
    void totalDisagreementOnABalancedTableIsMinusOne() {
        // po = 0, pe = 0.5 x 0.5 + 0.5 x 0.5 = 0.5, kappa = (0 - 0.5) / 0.5 = -1.
        assertThat(new AgreementTable(0, 3, 3, 0).kappa()).contains(-1.0);
    }

    @Test
    void kappaIsUndefinedWhenBothSidesSaidOnlyOneThing() {
        AgreementTable allFail = new AgreementTable(7, 0, 0, 0);

        assertThat(allFail.agreement()).contains(1.0);
        assertThat(allFail.kappa()).isEmpty();
        assertThat(allFail.kappaInterval()).isEmpty();
        assertThat(allFail.truePositiveRate()).contains(1.0);
        assertThat(allFail.trueNegativeRate()).isEmpty();
    }

    @Test
    void anEmptyTableHasNoStatistics() {
        AgreementTable empty = AgreementTable.empty();

        assertThat(empty.agreement()).isEmpty();
        assertThat(empty.kappa()).isEmpty();
        assertThat(empty.truePositiveRate()).isEmpty();
    }

    @Test
    void refusesANegativeCount() {
        assertThatThrownBy(() -> new AgreementTable(1, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
