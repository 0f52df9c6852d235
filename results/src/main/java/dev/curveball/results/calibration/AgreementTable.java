package dev.curveball.results.calibration;

import java.util.Optional;

/**
 * How a judge's yes/no decisions agree with a person's, as a 2x2 table whose positive class is the
 * failure (a FAIL outcome, a failed check, an unmet criterion): {@code bothFail} the judge and the
 * person both said it failed, {@code judgeOnlyFail} only the judge did, and so on.
 *
 * <p>Cohen's kappa is {@code (po - pe) / (1 - pe)}, with {@code po} the share of agreement and
 * {@code pe = pJudgeFail * pHumanFail + pJudgePass * pHumanPass} the agreement expected by chance.
 * Its 95% interval uses the large-sample standard error of Cohen (1960),
 * {@code se = sqrt(po (1 - po) / (n (1 - pe)^2))}: {@code kappa ± 1.96 se}, cut to [-1, 1]. It is an
 * approximation, rough for a small {@code n}; where the agreement is total or none ({@code po} 1 or 0)
 * the standard error is 0 and would give a point for an interval, so there is none.
 *
 * <pre>{@code AgreementTable t = new AgreementTable(20, 5, 10, 15);
 * t.kappa()   // Optional[0.4]}</pre>
 */
public record AgreementTable(int bothFail, int judgeOnlyFail, int humanOnlyFail, int bothPass) {
    /** The two-sided 95% normal quantile. */
    public static final double Z95 = 1.959963984540054;

    public AgreementTable {
        if (bothFail < 0 || judgeOnlyFail < 0 || humanOnlyFail < 0 || bothPass < 0) {
            throw new IllegalArgumentException("an agreement table counts conversations; none of its cells can be negative");
        }
    }

    public static AgreementTable empty() {
        return new AgreementTable(0, 0, 0, 0);
    }

    /** This table with one more pair of decisions ({@code true}: failed). */
    public AgreementTable plus(boolean judgeFailed, boolean humanFailed) {
        return new AgreementTable(bothFail + (judgeFailed && humanFailed ? 1 : 0), judgeOnlyFail + (judgeFailed && !humanFailed ? 1 : 0),
                humanOnlyFail + (!judgeFailed && humanFailed ? 1 : 0), bothPass + (!judgeFailed && !humanFailed ? 1 : 0));
    }

    public int total() {
        return bothFail + judgeOnlyFail + humanOnlyFail + bothPass;
    }

    public int agreed() {
        return bothFail + bothPass;
    }

    public int humanFailed() {
        return bothFail + humanOnlyFail;
    }

    public int humanPassed() {
        return judgeOnlyFail + bothPass;
    }

    /** The share of pairs that agree; empty for an empty table. */
    public Optional<Double> agreement() {
        return ratio(agreed(), total());
    }

    /** Judge FAIL when the person said FAIL (sensitivity); empty when the person never said FAIL. */
    public Optional<Double> truePositiveRate() {
        return ratio(bothFail, humanFailed());
    }

    /** Judge PASS when the person said PASS (specificity); empty when the person never said PASS. */
    public Optional<Double> trueNegativeRate() {
        return ratio(bothPass, humanPassed());
    }

    /** Cohen's kappa; empty when it is undefined: no pairs, or chance alone agrees on all of them (both always said the same one thing). */
    public Optional<Double> kappa() {
        return chanceAgreement().filter(pe -> pe < 1).map(pe -> (agreement().orElseThrow() - pe) / (1 - pe));
    }

    /** The large-sample standard error of kappa (see the class comment), empty where kappa is. */
    public Optional<Double> standardError() {
        return chanceAgreement().filter(pe -> pe < 1).map(pe -> {
            double po = agreement().orElseThrow();
            return Math.sqrt(po * (1 - po) / (total() * (1 - pe) * (1 - pe)));
        });
    }

    /** The 95% interval of kappa, {@code [low, high]} cut to [-1, 1]; empty where kappa is, or where the agreement is total or none. */
    public Optional<double[]> kappaInterval() {
        return kappa().filter(k -> agreed() > 0 && agreed() < total()).map(k -> {
            double half = Z95 * standardError().orElseThrow();
            return new double[] {Math.max(-1, k - half), Math.min(1, k + half)};
        });
    }

    private Optional<Double> chanceAgreement() {
        int n = total();
        if (n == 0) {
            return Optional.empty();
        }
        double judgeFail = (double) (bothFail + judgeOnlyFail) / n;
        double humanFail = (double) humanFailed() / n;
        return Optional.of(judgeFail * humanFail + (1 - judgeFail) * (1 - humanFail));
    }

    private static Optional<Double> ratio(int part, int whole) {
        return whole == 0 ? Optional.empty() : Optional.of((double) part / whole);
    }
}
