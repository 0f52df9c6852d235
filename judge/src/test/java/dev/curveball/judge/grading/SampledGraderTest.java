package dev.curveball.judge.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.curveball.core.verdict.Grade;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampledGraderTest {
    private static Grade graded(int score, String quote) {
        return new Grade("tone", score, List.of(quote), "because " + score, 3, Grade.Status.GRADED, null);
    }

    @Test
    void theMajoritySideWinsWithItsMedianVote() {
        Grade combined = SampledGrader.combine(List.of(graded(2, "a"), graded(4, "b"), graded(5, "c")));

        assertThat(combined.status()).isEqualTo(Grade.Status.GRADED);
        assertThat(combined.score()).isEqualTo(4);
        assertThat(combined.evidence()).containsExactly("b");
        assertThat(combined.votes()).containsExactly(2, 4, 5);
        assertThat(combined.note()).isEqualTo("2 of 3 votes agree");
    }

    @Test
    void aSplitDecisionIsInconclusiveNotACoinFlip() {
        Grade combined = SampledGrader.combine(List.of(graded(2, "a"), graded(4, "b")));

        assertThat(combined.status()).isEqualTo(Grade.Status.INCONCLUSIVE);
        assertThat(combined.score()).isNull();
        assertThat(combined.unusable()).isTrue();
        assertThat(combined.belowThreshold()).isFalse();
        assertThat(combined.note()).isEqualTo("split decision: 1 of 2 votes pass, 1 fail");
    }

    @Test
    void unusableGradesDoNotVoteAndAreCounted() {
        Grade voided = new Grade("tone", 5, List.of("made up"), "", 3, Grade.Status.VOIDED, "quote not found in the transcript: \"made up\"");
        Grade combined = SampledGrader.combine(List.of(voided, graded(2, "a"), graded(1, "b")));

        assertThat(combined.belowThreshold()).isTrue();
        assertThat(combined.votes()).containsExactly(2, 1);
        assertThat(combined.note()).isEqualTo("2 of 2 votes agree; 1 of 3 judges gave no usable grade");
    }

    @Test
    void noUsableGradeKeepsTheFirstJudgesReason() {
        Grade ungraded = new Grade("tone", null, List.of(), null, 3, Grade.Status.UNGRADED, "not graded after 3 attempts: x");
        Grade combined = SampledGrader.combine(List.of(ungraded, ungraded));

        assertThat(combined.status()).isEqualTo(Grade.Status.UNGRADED);
        assertThat(combined.note()).isEqualTo("no judge gave a usable grade; the first said: not graded after 3 attempts: x");
    }
}
