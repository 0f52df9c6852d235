package dev.curveball.runner.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.core.io.Json;
import dev.curveball.core.world.Document;
import dev.curveball.core.world.ToolBehaviour;
import dev.curveball.core.world.FaultSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code search} behaviour: a plain keyword search over the world's documents. A document
 * matches when one of the query's words (three letters or more) occurs in its id, title or text;
 * every version of a matching document is returned, so an agent always sees the superseded rule
 * next to the current one and must tell them apart by {@code status}.
 *
 * <p>Ranking: current versions first, then documents matching more query words, then the world's
 * document order, then newest version first; a fault firing on the call may reorder that
 * ({@code superseded-first}). Markers are judge data and never leave the world.
 *
 * <pre>{@code search_policy {query: "refund opened item"} -> {results: [{doc_id: refund-policy, version: 3, status: current, ...}, ...]}}</pre>
 */
final class DocumentSearch {
    private static final int MIN_WORD_LENGTH = 3;

    private final List<Document> documents;

    DocumentSearch(List<Document> documents) {
        this.documents = documents;
    }

    /** The {@code search} tool's answer to {@code {query: ...}}: the ranked versions under the behaviour's wrap. */
    ToolAnswer run(Invocation invocation, ToolBehaviour.Search behaviour) {
        java.util.Optional<String> query = invocation.argument("query");
        if (query.isEmpty()) {
            return ToolAnswer.badRequest("missing argument 'query' for tool " + invocation.tool());
        }
        List<Document> ranked = ranked(query.get());
        for (FaultSpec fault : invocation.faults()) {
            ranked = List.copyOf(fault.kind().injector().reorder(ranked, fault));
        }
        ArrayNode results = Json.mapper().createArrayNode();
        ranked.forEach(d -> results.add(result(d)));
        ObjectNode body = Json.object();
        body.set(behaviour.wrap(), results);
        return ToolAnswer.ok(body);
    }

    /** The matching document versions, in ranking order. */
    List<Document> ranked(String query) {
        Set<String> words = words(query);
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Document document : documents) {
            int score = score(document, words);
            scores.merge(document.docId(), score, Math::max);
        }
        List<String> order = new ArrayList<>(scores.keySet());
        Comparator<Document> ranking = Comparator
                .comparing((Document d) -> d.status() != Document.Status.CURRENT)
                .thenComparing(d -> -scores.get(d.docId()))
                .thenComparing(d -> order.indexOf(d.docId()))
                .thenComparing(d -> -d.version());
        return documents.stream().filter(d -> scores.get(d.docId()) > 0).sorted(ranking).toList();
    }

    static Set<String> words(String query) {
        return java.util.Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= MIN_WORD_LENGTH)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static int score(Document document, Set<String> words) {
        String haystack = (document.docId() + " " + document.title() + " " + document.text()).toLowerCase(Locale.ROOT);
        return (int) words.stream().filter(haystack::contains).count();
    }

    private static ObjectNode result(Document document) {
        ObjectNode result = Json.object();
        result.put("doc_id", document.docId());
        result.put("title", document.title());
        result.put("version", document.version());
        result.put("effective_from", document.effectiveFrom().toString());
        result.put("status", document.status().id());
        result.put("text", document.text());
        return result;
    }
}
