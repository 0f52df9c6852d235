package dev.curveball.judge.check;

import dev.curveball.core.category.Vocabulary;
import dev.curveball.core.scenario.Expectation;
import dev.curveball.core.trace.AgentMessage;
import dev.curveball.core.trace.TraceEvent;
import dev.curveball.core.verdict.CheckResult;
import dev.curveball.core.world.Document;
import dev.curveball.core.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Expectation check {@code current-document} {document}: no reply repeats what only a superseded
 * version of the document says. A superseded version's markers ("30 days") are the stale rule; a
 * marker the current version also contains is not evidence of staleness and is ignored. Nor is a
 * stale marker in a sentence that sets it against the current rule ("not 30 days but 14 days") or
 * calls it outdated ("the old 30-day window no longer applies"): that reply knows what changed.
 *
 * <pre>{@code agent message at event 7 repeats '30 days' from superseded refund-policy v2 (current is v3)}</pre>
 */
public final class CurrentDocumentCheck implements Check {
    public static final String ID = "current-document";

    /** A phrase only a superseded version says, and which version that is. */
    private record StaleMarker(String marker, Document version) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<CheckResult> evaluate(CheckContext context) {
        return ScenarioExpectations.of(context.scenario(), Expectation.CurrentDocument.class).stream()
                .map(expectation -> evaluate(context, expectation.document()))
                .reduce((a, b) -> a.passed() ? b : a);
    }

    private static CheckResult evaluate(CheckContext context, String docId) {
        List<Document> versions = versions(context.world(), docId);
        List<Document> current = versions.stream().filter(d -> d.status() == Document.Status.CURRENT).toList();
        List<StaleMarker> stale = staleMarkers(versions, current);
        String currentVersions = current.stream().map(d -> "v" + d.version()).reduce((a, b) -> a + ", " + b).orElse("none");
        List<String> currentMarkers = current.stream().flatMap(d -> d.markers().stream()).toList();
        List<TraceEvent> events = context.trace().events();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof AgentMessage reply) {
                int index = i;
                repeated(reply.text(), stale, currentMarkers).ifPresent(s ->
                        violations.add(new Violation(index, "agent message at event " + index + " repeats '" + s.marker()
                                + "' from superseded " + docId + " v" + s.version().version() + " (current is " + currentVersions + ")")));
            }
        }
        return Violation.toResult(ID, violations, "no reply repeats a superseded version of " + docId);
    }

    /** The first stale marker the reply states as the rule, sentence by sentence. */
    private static Optional<StaleMarker> repeated(String reply, List<StaleMarker> stale, List<String> currentMarkers) {
        return Sentences.split(reply).stream()
                .filter(sentence -> !Sentences.marksOutdated(sentence))
                .filter(sentence -> currentMarkers.stream().noneMatch(m -> Mentions.containsText(sentence, m)))
                .flatMap(sentence -> stale.stream().filter(s -> Mentions.containsText(sentence, s.marker())))
                .findFirst();
    }

    private static List<Document> versions(World world, String docId) {
        List<Document> versions = world.documents().stream().filter(d -> d.docId().equals(docId)).toList();
        if (versions.isEmpty()) {
            List<String> known = world.documents().stream().map(Document::docId).distinct().toList();
            throw new IllegalArgumentException("expectation current-document: " + Vocabulary.unknown("document", docId, known)
                    + " in world " + world.name());
        }
        return versions;
    }

    private static List<StaleMarker> staleMarkers(List<Document> versions, List<Document> current) {
        List<StaleMarker> stale = new ArrayList<>();
        for (Document version : versions) {
            if (version.status() != Document.Status.SUPERSEDED) {
                continue;
            }
            for (String marker : version.markers()) {
                if (current.stream().noneMatch(c -> saysToo(c, marker))) {
                    stale.add(new StaleMarker(marker, version));
                }
            }
        }
        return stale;
    }

    private static boolean saysToo(Document current, String marker) {
        return Mentions.containsText(current.text(), marker)
                || current.markers().stream().anyMatch(m -> m.equalsIgnoreCase(marker));
    }
}
