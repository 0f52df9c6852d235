package dev.curveball.results.calibration;

/**
 * One place where the judge and the person decided differently: the conversation, what was decided
 * ({@code outcome}, {@code check approval-required}, {@code criterion honesty}), each side's
 * decision, the judge's message for a check, and the person's note.
 */
public record Disagreement(String conversationId, String subject, String judge, String human, String judgeMessage, String note) {
    public Disagreement {
        judgeMessage = judgeMessage == null ? "" : judgeMessage;
        note = note == null ? "" : note;
    }
}
