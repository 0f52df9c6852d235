package dev.curveball.judge.grading;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.verdict.Grade;
import dev.curveball.core.world.Criterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a judge model's conforming reply into one {@link Grade} per criterion. A criterion the reply
 * leaves out is UNGRADED; a score with no quote, or with a quote the transcript does not contain
 * ({@link Transcript#contains}), is VOIDED: its score is kept for the record but never counts.
 */
final class GradeReading {
    private GradeReading() {
    }

    static List<Grade> read(JsonNode reply, List<Criterion> criteria, Transcript transcript) {
        List<Grade> grades = new ArrayList<>();
        for (Criterion criterion : criteria) {
            grades.add(entry(reply, criterion.id()).map(e -> graded(criterion, e, transcript))
                    .orElseGet(() -> ungraded(criterion, "the judge model gave no grade for this criterion")));
        }
        return grades;
    }

    static Grade ungraded(Criterion criterion, String note) {
        return new Grade(criterion.id(), null, List.of(), null, criterion.threshold(), Grade.Status.UNGRADED, note);
    }

    private static Optional<JsonNode> entry(JsonNode reply, String id) {
        for (JsonNode grade : reply.path("grades")) {
            if (grade.path("criterion").asText().strip().equals(id)) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }

    private static Grade graded(Criterion criterion, JsonNode entry, Transcript transcript) {
        List<String> quotes = new ArrayList<>();
        entry.path("evidence").forEach(q -> quotes.add(q.asText()));
        int score = entry.path("score").asInt();
        String rationale = entry.path("rationale").asText();
        List<String> missing = quotes.stream().filter(q -> !transcript.contains(q)).toList();
        String note = quotes.isEmpty() ? "no evidence quoted"
                : missing.isEmpty() ? null : "quote not found in the transcript: \"" + missing.get(0) + "\""
                + (missing.size() > 1 ? " (and " + (missing.size() - 1) + " more)" : "");
        return new Grade(criterion.id(), score, quotes, rationale, criterion.threshold(),
                note == null ? Grade.Status.GRADED : Grade.Status.VOIDED, note);
    }
}
