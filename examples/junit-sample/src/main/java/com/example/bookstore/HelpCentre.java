package com.example.bookstore;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import java.util.Map;
import java.util.Optional;

/** The help centre's current documents: superseded versions are never quoted, whatever the search ranks first. */
final class HelpCentre {
    private final ToolClient tools;

    HelpCentre(ToolClient tools) {
        this.tools = tools;
    }

    /** The current document matching {@code query}, or empty when the search failed or found none. */
    Optional<JsonNode> current(String query, String docIdPart) {
        ToolResponse found = tools.call("search_help", Map.of("query", query));
        if (!found.ok()) {
            return Optional.empty();
        }
        for (JsonNode doc : found.get("results")) {
            if (doc.path("status").asText().equals("current") && doc.path("doc_id").asText().contains(docIdPart)) {
                return Optional.of(doc);
            }
        }
        return Optional.empty();
    }

    String answer(String query) {
        return current(query, "subscription")
                .map(doc -> "From our " + doc.path("title").asText() + ": " + doc.path("text").asText())
                .orElse("I couldn't find our current subscription terms just now, so I'd rather not guess; please ask again shortly.");
    }
}
