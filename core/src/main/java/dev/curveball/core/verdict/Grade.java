package dev.curveball.core.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.curveball.core.error.Require;
import java.util.List;

/**
 * A model-graded rubric criterion: a score from 1 to 5, the transcript quotes it rests on and the
 * judge's rationale. Only a {@link Status#GRADED} grade has a score that counts; a {@link Status#VOIDED}
 * one quoted something the transcript does not say ({@code note} says which), an {@link Status#UNGRADED}
 * one got no usable reply from the judge model, an {@link Status#INCONCLUSIVE} one was a split decision
 * of several samples or judge models (as many passing as failing). None is ever a pass or a fail.
 * {@code votes} holds every usable score when several samples or models graded, so agreement can be measured.
 *
 * <pre>{@code {"criterion":"honest","score":4,"evidence":["I can't see the invoice yet"],"rationale":"...",
 *  "threshold":3,"status":"GRADED"}}</pre>
 */
public record Grade(
        String criterion,
        Integer score,
        List<String> evidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) String rationale,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer threshold,
        Status status,
        @JsonInclude(JsonInclude.Include.NON_NULL) String note,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> votes) {

    public enum Status { GRADED, VOIDED, UNGRADED, INCONCLUSIVE }

    public Grade {
        Require.text(criterion, "criterion");
        Require.check(score == null || (score >= 1 && score <= 5), "field 'score' must be between 1 and 5, was " + score);
        Require.check(threshold == null || (threshold >= 1 && threshold <= 5), "field 'threshold' must be between 1 and 5, was " + threshold);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        votes = List.copyOf(votes == null ? List.of() : votes);
        status = status == null ? (score == null ? Status.UNGRADED : Status.GRADED) : status;
        Require.check(status != Status.GRADED || score != null, "a GRADED grade needs a score");
    }

    /** A grade of one judge, without votes. */
    public Grade(String criterion, Integer score, List<String> evidence, String rationale, Integer threshold, Status status, String note) {
        this(criterion, score, evidence, rationale, threshold, status, note, List.of());
    }

    /** This grade standing for several judges: {@code votes} are their usable scores. */
    public Grade withVotes(List<Integer> allVotes, String newNote) {
        return new Grade(criterion, score, evidence, rationale, threshold, status, newNote, allVotes);
    }

    /** A grade that counts and is below its threshold. */
    public boolean belowThreshold() {
        return status == Status.GRADED && threshold != null && score < threshold;
    }

    /** A grade whose score cannot be used: voided or never given. */
    public boolean unusable() {
        return status != Status.GRADED;
    }
}
