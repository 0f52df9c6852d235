package dev.curveball.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Looks the refund policy up with {@code search_policy} and picks a version, the two ways agents do:
 * {@link #first()} takes whatever ranks first (so a stale version ranked first wins), {@link #current()}
 * takes the newest version whose status is {@code current}.
 *
 * <pre>{@code Optional<RefundPolicy> policy = new PolicyReader(tools).current();}</pre>
 */
final class PolicyReader {
    static final String REFUND_QUERY = "refund policy";

    private final ToolClient tools;

    PolicyReader(ToolClient tools) {
        this.tools = tools;
    }

    Optional<RefundPolicy> first() {
        return firstDocument().map(RefundPolicy::fromDocument);
    }

    /** The refund document the search ranked first, as the search answered it. */
    Optional<JsonNode> firstDocument() {
        return refundDocuments().stream().findFirst();
    }

    Optional<RefundPolicy> current() {
        return refundDocuments().stream()
                .filter(doc -> doc.path("status").asText("").equals("current"))
                .max(Comparator.comparingInt(doc -> doc.path("version").asInt(0)))
                .map(RefundPolicy::fromDocument);
    }

    /** The refund documents among the results, in the order the search ranked them; empty when the search failed. */
    private List<JsonNode> refundDocuments() {
        ToolResponse response = tools.call("search_policy", Json.object().put("query", REFUND_QUERY));
        List<JsonNode> documents = new ArrayList<>();
        if (!response.ok()) {
            return documents;
        }
        for (JsonNode doc : response.body().path("results")) {
            String name = (doc.path("doc_id").asText("") + " " + doc.path("title").asText("")).toLowerCase(Locale.ROOT);
            if (name.contains("refund")) {
                documents.add(doc);
            }
        }
        return documents;
    }
}
