package dev.curveball.results.calibration;

/**
 * How the judge's grades of one rubric criterion agree with a person's: the met/unmet table (met is
 * a score at or above the criterion's threshold) and the summed absolute difference of the scores.
 */
public record CriterionAgreement(AgreementTable table, double totalAbsoluteDifference) {
    public static CriterionAgreement empty() {
        return new CriterionAgreement(AgreementTable.empty(), 0);
    }

    CriterionAgreement plus(double judge, double human, int threshold) {
        return new CriterionAgreement(table.plus(judge < threshold, human < threshold),
                totalAbsoluteDifference + Math.abs(judge - human));
    }

    /** The mean absolute difference of the scores (on the 1 to 5 scale); 0 for no pairs. */
    public double meanAbsoluteDifference() {
        return table.total() == 0 ? 0 : totalAbsoluteDifference / table.total();
    }
}
