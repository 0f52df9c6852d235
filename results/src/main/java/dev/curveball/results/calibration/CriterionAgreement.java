package dev.curveball.results.calibration;

/**
 * How the judge's grades of one rubric criterion agree with a person's: the met/unmet table (met is
 * a score of at least {@link Calibration#MET}) and the summed absolute difference of the scores.
 */
public record CriterionAgreement(AgreementTable table, double totalAbsoluteDifference) {
    public static CriterionAgreement empty() {
        return new CriterionAgreement(AgreementTable.empty(), 0);
    }

    CriterionAgreement plus(double judge, double human) {
        return new CriterionAgreement(table.plus(judge < Calibration.MET, human < Calibration.MET),
                totalAbsoluteDifference + Math.abs(judge - human));
    }

    /** The mean absolute difference of the scores (0 to 1); 0 for no pairs. */
    public double meanAbsoluteDifference() {
        return table.total() == 0 ? 0 : totalAbsoluteDifference / table.total();
    }
}
