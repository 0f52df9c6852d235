package dev.curveball.examples.starter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.core.agent.ToolClient;
import dev.curveball.core.agent.ToolResponse;
import dev.curveball.core.io.Json;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a question about a rule from the world's documents: when the user's message uses a rule
 * word ("policy", "refund", "cancel", "days"...), it searches with those words and quotes the first
 * result whose status is {@code current}, never a superseded one, and says so plainly when the
 * search finds nothing current instead of guessing.
 *
 * <pre>{@code DocumentAnswer.about("can I still return it? the policy said 60 days", catalogue, tools)
 * // Optional["Our current Returns policy (version 2, in effect since 2026-03-01) says: \"...\""]}</pre>
 */
final class DocumentAnswer {
    private static final List<String> RULE_WORDS = List.of("policy", "policies", "rule", "rules", "terms", "allowed",
            "eligible", "return", "returns", "refund", "refunds", "cancel", "cancellation", "window", "days", "deadline",
            "fee", "fees", "warranty");

    private DocumentAnswer() {
    }

    /** A sentence or two answering the rule question in {@code userText}; empty when it asks none or there is no search tool. */
    static Optional<String> about(String userText, ToolCatalogue catalogue, ToolClient tools) {
        Set<String> words = ruleWords(userText);
        if (words.isEmpty() || catalogue.search().isEmpty()) {
            return Optional.empty();
        }
        ToolResponse response = AccountView.callWithOneRetry(tools, catalogue.search().get(),
                Json.object().put("query", String.join(" ", words)));
        if (!response.ok() || response.body() == null) {
            return Optional.of("I couldn't search our policies just now, so I won't guess at the rule.");
        }
        JsonNode results = firstArray(response.body());
        for (JsonNode document : results) {
            String status = document.path("status").asText("current");
            if (status.equals("current")) {
                return Optional.of(quote(document));
            }
        }
        return Optional.of(results.isEmpty()
                ? "I couldn't find a current policy that answers this, so I won't guess at the rule."
                : "I only found an outdated version of that policy, so I won't quote it as the rule.");
    }

    private static Set<String> ruleWords(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (RULE_WORDS.contains(word)) {
                found.add(word);
            }
        }
        return found;
    }

    /** The first list in the answer ({@code results}, {@code documents}...): the search tool's wrap is not in its spec. */
    private static JsonNode firstArray(JsonNode body) {
        for (JsonNode value : body) {
            if (value.isArray()) {
                return value;
            }
        }
        return Json.mapper().createArrayNode();
    }

    private static String quote(JsonNode document) {
        String title = document.path("title").asText(document.path("doc_id").asText("policy"));
        String version = document.has("version") ? "version " + document.get("version").asText() : "";
        String since = document.has("effective_from") ? "in effect since " + document.get("effective_from").asText() : "";
        String details = String.join(", ", java.util.stream.Stream.of(version, since).filter(s -> !s.isEmpty()).toList());
        return "Our current " + title + (details.isEmpty() ? "" : " (" + details + ")") + " says: \""
                + document.path("text").asText("").strip() + "\"";
    }
}
