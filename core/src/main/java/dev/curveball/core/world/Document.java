package dev.curveball.core.world;

import dev.curveball.core.error.Require;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a document. {@code markers} are phrases only this version says (for a superseded
 * version: what an agent repeating the stale rule would write).
 *
 * <pre>{@code {doc_id: refund-policy, version: 2, status: superseded, markers: ["30 days"], ...}}</pre>
 */
public record Document(
        String docId,
        String title,
        Integer version,
        LocalDate effectiveFrom,
        Status status,
        String text,
        List<String> markers) {

    public Document {
        Require.text(docId, "doc_id");
        Require.text(title, "title");
        Require.positive(Require.present(version, "version"), "version");
        Require.present(effectiveFrom, "effective_from");
        Require.present(status, "status");
        Require.text(text, "text");
        markers = List.copyOf(markers == null ? List.of() : markers);
    }

    public enum Status {
        CURRENT, SUPERSEDED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
